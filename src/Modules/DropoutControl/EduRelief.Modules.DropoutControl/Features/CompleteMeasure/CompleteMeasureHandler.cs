using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.DropoutControl.Features.CompleteMeasure;

internal sealed class CompleteMeasureHandler(DropoutControlDbContext db, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<CompleteMeasureCommand, MeasureResponse>
{
    public async Task<MeasureResponse> Handle(CompleteMeasureCommand request, CancellationToken cancellationToken)
    {
        var kase = await db.RequirePlannedCaseAsync(request.CaseId, caller, cancellationToken);
        var measure = kase.CompleteMeasure(request.MeasureId, request.On!.Value, request.By!.Trim(), DropoutControlInput.Blank(request.Note), county.Today);
        await db.SaveCaseAsync(kase, time.GetUtcNow(), cancellationToken);
        return MeasureResponse.Of(measure, county.Today);
    }
}
