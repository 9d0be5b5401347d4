using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;

internal sealed record GetAllowanceRollQuery(string? Month, string? SchoolCode, int Page, int PageSize) : IQuery<AllowanceRollResponse>
{
    public static GetAllowanceRollQuery FirstPage(string month) => new(month, null, 1, PageRequest.DefaultPageSize);
}
