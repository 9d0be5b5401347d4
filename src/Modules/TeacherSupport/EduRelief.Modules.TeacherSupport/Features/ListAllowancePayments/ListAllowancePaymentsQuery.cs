using EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;
using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.TeacherSupport.Features.ListAllowancePayments;

/// <summary>The lines of the approved rolls of a year: the records behind allowancePaid.</summary>
internal sealed record ListAllowancePaymentsQuery(int? Year, int Page, int PageSize) : IQuery<PagedResult<RollLineResponse>>;
