using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.SharedKernel.Paging;

namespace EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;

/// <summary>A month's roll: its status and who computed and approved it, the teachers and total within the caller's scope, and a page of its lines.</summary>
internal sealed record AllowanceRollResponse(
    string Month,
    AllowanceRollStatus Status,
    int Teachers,
    decimal Total,
    DateTimeOffset ComputedAt,
    string ComputedBy,
    DateTimeOffset? ApprovedAt,
    string? ApprovedBy,
    PagedResult<RollLineResponse> Lines);
