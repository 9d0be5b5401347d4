using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.Modules.DropoutControl.Features.MoveStage;

internal sealed class MoveStageHandler(DropoutControlDbContext db, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<MoveStageCommand, CaseResponse>
{
    public async Task<CaseResponse> Handle(MoveStageCommand request, CancellationToken cancellationToken)
    {
        var kase = await db.RequireCaseAsync(request.CaseId, caller, cancellationToken);
        kase.MoveTo(EnumCodes.Parse<CaseStage>(request.Stage!), request.On!.Value, county.Today);
        await db.SaveCaseAsync(kase, time.GetUtcNow(), cancellationToken);
        return CaseResponse.Of(kase, caller, county.Today);
    }
}
