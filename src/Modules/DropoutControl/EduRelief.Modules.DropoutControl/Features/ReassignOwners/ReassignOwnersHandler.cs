using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.DropoutControl.Features.ReassignOwners;

internal sealed class ReassignOwnersHandler(DropoutControlDbContext db, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<ReassignOwnersCommand, CaseResponse>
{
    public async Task<CaseResponse> Handle(ReassignOwnersCommand request, CancellationToken cancellationToken)
    {
        var kase = await db.RequireCaseAsync(request.CaseId, caller, cancellationToken);
        kase.Reassign(request.Owners!.Named(), request.On!.Value, county.Today);
        await db.SaveCaseAsync(kase, time.GetUtcNow(), cancellationToken);
        return CaseResponse.Of(kase, caller, county.Today);
    }
}
