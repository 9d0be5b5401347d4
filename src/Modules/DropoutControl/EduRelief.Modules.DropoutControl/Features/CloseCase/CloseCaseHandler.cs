using EduRelief.Contracts.Registry;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.Extensions.Options;

namespace EduRelief.Modules.DropoutControl.Features.CloseCase;

/// <summary>
/// Records the outcome by the rules on <see cref="DropoutCase"/>. A return names a school the Registry knows; the
/// student's re-enrolment there, effective on the return day, goes to the Registry through the outbox with the steps.
/// </summary>
internal sealed class CloseCaseHandler(
    DropoutControlDbContext db, IMediator mediator, ICallerContext caller, CountyClock county, TimeProvider time, IOptions<DropoutControlOptions> options)
    : IRequestHandler<CloseCaseCommand, CaseResponse>
{
    public async Task<CaseResponse> Handle(CloseCaseCommand request, CancellationToken cancellationToken)
    {
        var kase = await db.RequireCaseAsync(request.CaseId, caller, cancellationToken);
        var closing = new CaseClosing(
            EnumCodes.Parse<CaseOutcome>(request.Outcome!), request.On!.Value, DropoutControlInput.Blank(request.SchoolCode), DropoutControlInput.Blank(request.Approval));
        kase.Conclude(closing, options.Value.ObservationMonths, county.Today);
        var send = new List<object>();
        if (closing.Outcome == CaseOutcome.Returned)
        {
            _ = await mediator.Send(new GetSchoolQuery { SchoolCode = closing.SchoolCode! }, cancellationToken)
                ?? throw ValidationFailedException.For("schoolCode", DropoutControlText.NoSchool(closing.SchoolCode!));
            send.Add(new ReturnStudentToSchoolCommand
            {
                StudentId = kase.StudentId, SchoolCode = closing.SchoolCode!, EffectiveOn = closing.On, Source = $"{DropoutControlModule.ModuleName}:case:{kase.Id}",
            });
        }

        await db.SaveCaseAsync(kase, time.GetUtcNow(), cancellationToken, [.. send]);
        return CaseResponse.Of(kase, caller, county.Today);
    }
}
