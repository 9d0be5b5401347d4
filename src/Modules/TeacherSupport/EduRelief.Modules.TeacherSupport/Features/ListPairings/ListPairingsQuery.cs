using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.TeacherSupport.Features.ListPairings;

/// <summary>Pairs with either school in the caller's scope, optionally of one school; activities counted in a year when one is given.</summary>
internal sealed record ListPairingsQuery(string? SchoolCode, int? Year, int Page, int PageSize) : IQuery<PagedResult<PairingResponse>>;
