using EduRelief.Contracts.Registry;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.OpenCase;

/// <summary>
/// Opens the case by the rules on <see cref="DropoutCase"/> for a Registry student within the caller's scope; the opening
/// is appended to the student file through the outbox. The unique index on the open student decides a race.
/// </summary>
internal sealed class OpenCaseHandler(DropoutControlDbContext db, IMediator mediator, ICallerContext caller, CountyClock county, TimeProvider time)
    : IRequestHandler<OpenCaseCommand, CaseResponse>
{
    public async Task<CaseResponse> Handle(OpenCaseCommand request, CancellationToken cancellationToken)
    {
        var nationalId = NationalId.Parse(request.NationalId!);
        var student = await mediator.Send(new GetStudentQuery { NationalId = nationalId.Value }, cancellationToken)
            ?? throw ValidationFailedException.For("nationalId", DropoutControlText.NotAStudent(nationalId.Value));
        var found = new CaseStudent(student.Id, nationalId.Value, student.Name, student.TownshipCode, student.SchoolCode, nationalId.BirthDate);
        if (!caller.Scope.Includes(student.TownshipCode, student.SchoolCode))
        {
            throw new OutOfScopeException("Student", nationalId.Value);
        }

        if (await db.Cases.AsNoTracking().Where(c => c.OpenStudentId == student.Id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken) is { } open)
        {
            throw new ConflictException("nationalId", DropoutControlText.HasOpenCase(open));
        }

        var draft = new CaseDraft(
            request.DetectedOn!.Value,
            request.DetectedBy!.Trim(),
            EnumCodes.Parse<CaseStage>(request.Stage!),
            request.Reasons!.Select(r => EnumCodes.Parse<DropoutReason>(r!)).ToList(),
            request.Owners!.Named());
        var now = time.GetUtcNow();
        var opened = DropoutCase.Open(TimeOrderedId.Next(now), found, draft, county.Today);
        db.Cases.Add(opened);
        await db.SaveCaseAsync(opened, now, cancellationToken);
        return CaseResponse.Of(opened, caller, county.Today);
    }
}
