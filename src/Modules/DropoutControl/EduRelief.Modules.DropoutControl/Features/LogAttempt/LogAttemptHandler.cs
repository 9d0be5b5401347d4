using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;

namespace EduRelief.Modules.DropoutControl.Features.LogAttempt;

internal sealed class LogAttemptHandler(DropoutControlDbContext db, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<LogAttemptCommand, AttemptResponse>
{
    public async Task<AttemptResponse> Handle(LogAttemptCommand request, CancellationToken cancellationToken)
    {
        var kase = await db.RequireCaseAsync(request.CaseId, caller, cancellationToken);
        var attempt = kase.LogAttempt(request.On!.Value, request.By!.Trim(), request.Method!.Trim(), request.Result!.Trim(), county.Today);
        await db.SaveCaseAsync(kase, time.GetUtcNow(), cancellationToken);
        return new AttemptResponse(attempt.Id, attempt.On, attempt.By, attempt.Method, attempt.Result);
    }
}
