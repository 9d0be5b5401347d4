using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.DropoutControl.Features.ListCases;

/// <summary>Cases by stage (<c>status</c>), township, school, student, and past their notice's deadline (<c>overdue</c>).</summary>
internal sealed record ListCasesQuery(string? Status, string? TownshipCode, string? SchoolCode, bool? Overdue, string? NationalId, int Page, int PageSize)
    : IQuery<PagedResult<CaseResponse>>;
