using EduRelief.BuildingBlocks.Locking;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.GetAllowanceRoll;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.ApproveAllowanceRoll;

/// <summary>
/// Approves a computed roll: a county-wide writer holding the ApproveBatches permission, not the user who last computed
/// it (four eyes). Taken under the allowance lock, so it never lands in the middle of a computation.
/// </summary>
internal sealed class ApproveAllowanceRollHandler(TeacherSupportDbContext db, IMediator mediator, ICallerContext caller, IDistributedLock locks, TimeProvider time)
    : IRequestHandler<ApproveAllowanceRollCommand, AllowanceRollResponse>
{
    public async Task<AllowanceRollResponse> Handle(ApproveAllowanceRollCommand request, CancellationToken cancellationToken)
    {
        caller.Scope.EnsureCountyWide("AllowanceRoll", request.Month!);
        if (!caller.Has(EduReliefClaims.ApproveBatches))
        {
            throw new ForbiddenException(new UserText(
                $"{caller.UserName} 无权审核补助发放表（需要 {EduReliefClaims.ApproveBatches} 权限）",
                $"{caller.UserName} may not approve allowance rolls (needs the {EduReliefClaims.ApproveBatches} permission)"));
        }

        var month = RollMonth.Parse(request.Month!);
        await using (await locks.AcquireAsync(AllowanceLock.Name, cancellationToken))
        {
            var roll = await db.AllowanceRolls.FirstOrDefaultAsync(r => r.Month == month.Key, cancellationToken)
                ?? throw new NotFoundException("AllowanceRoll", month.ToString());
            FourEyes.EnsureApproverIsNotCreator(roll.ComputedBy, caller);
            roll.Approve(caller.UserName, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return await mediator.Send(GetAllowanceRollQuery.FirstPage(month.ToString()), cancellationToken);
    }
}
