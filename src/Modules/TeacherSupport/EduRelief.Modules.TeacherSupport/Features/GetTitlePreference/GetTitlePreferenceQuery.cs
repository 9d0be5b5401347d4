using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.TeacherSupport.Features.GetTitlePreference;

/// <summary>Teachers with at least <see cref="MinRuralYears"/> years of rural service today (the county's rule, 10 by default).</summary>
internal sealed record GetTitlePreferenceQuery(int MinRuralYears, int Page, int PageSize) : IQuery<PagedResult<PreferredTeacherResponse>>
{
    public const int DefaultMinRuralYears = 10;
}
