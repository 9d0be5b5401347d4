using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.Vocational.Features.ListInternships;

internal sealed record ListInternshipsQuery(string? NationalId, string? SchoolCode, int? Year, int Page, int PageSize) : IQuery<PagedResult<InternshipResponse>>;
