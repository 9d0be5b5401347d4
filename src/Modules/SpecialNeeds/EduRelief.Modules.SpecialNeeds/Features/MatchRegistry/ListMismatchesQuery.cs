using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.SpecialNeeds.Features.MatchRegistry;

/// <summary>The register matched with the Registry now: every child to follow up, of one kind or all, by kind, township and name.</summary>
internal sealed record ListMismatchesQuery(string? Kind, int Page, int PageSize) : IQuery<PagedResult<MismatchResponse>>;
