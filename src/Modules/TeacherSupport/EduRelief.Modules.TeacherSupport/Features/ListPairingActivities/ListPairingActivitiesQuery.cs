using EduRelief.SharedKernel.Messaging;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.TeacherSupport.Features.ListPairingActivities;

internal sealed record ListPairingActivitiesQuery(int? Year, Guid? PairingId, int Page, int PageSize) : IQuery<PagedResult<PairingActivityResponse>>;
