using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.SharedKernel.Identity;

namespace EduRelief.Modules.DropoutControl.Features.Shared;

/// <summary>A case as the API shows it; owners, attempts and steps on a single case's read only (null in lists).</summary>
internal sealed record CaseResponse
{
    public required Guid Id { get; init; }

    public required Guid StudentId { get; init; }

    public required string NationalId { get; init; }

    public required string StudentName { get; init; }

    public required string TownshipCode { get; init; }

    public string? SchoolCode { get; init; }

    public required DateOnly DetectedOn { get; init; }

    public required string DetectedBy { get; init; }

    public required string Stage { get; init; }

    public required IReadOnlyList<string> Reasons { get; init; }

    public required bool Unassigned { get; init; }

    public DateOnly? NoticeIssuedOn { get; init; }

    public DateOnly? NoticeReturnBy { get; init; }

    public required bool Overdue { get; init; }

    public string? Outcome { get; init; }

    public DateOnly? OutcomeOn { get; init; }

    public string? ReturnSchoolCode { get; init; }

    public string? Approval { get; init; }

    public DateOnly? ObservedUntil { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public DateOnly? ReturnProposedOn { get; init; }

    public IReadOnlyList<OwnerResponse>? Owners { get; init; }

    public IReadOnlyList<AttemptResponse>? Attempts { get; init; }

    public IReadOnlyList<StepResponse>? Steps { get; init; }

    public static CaseResponse Of(DropoutCase kase, ICallerContext caller, DateOnly today, bool full = false) => new()
    {
        Id = kase.Id,
        StudentId = kase.StudentId,
        NationalId = caller.Shown(kase.NationalId),
        StudentName = kase.StudentName,
        TownshipCode = kase.TownshipCode,
        SchoolCode = kase.SchoolCode,
        DetectedOn = kase.DetectedOn,
        DetectedBy = kase.DetectedBy,
        Stage = kase.Stage.ToString(),
        Reasons = kase.Reasons.Select(r => r.ToString()).ToList(),
        Unassigned = kase.Unassigned,
        NoticeIssuedOn = kase.NoticeIssuedOn,
        NoticeReturnBy = kase.NoticeReturnBy,
        Overdue = kase.OverdueOn(today),
        Outcome = kase.Outcome?.ToString(),
        OutcomeOn = kase.OutcomeOn,
        ReturnSchoolCode = kase.ReturnSchoolCode,
        Approval = kase.Approval,
        ObservedUntil = kase.ObservedUntil,
        ClosedOn = kase.ClosedOn,
        ReturnProposedOn = kase.ReturnProposedOn,
        Owners = full ? kase.Owners.OrderBy(o => o.Role).ThenBy(o => o.From).Select(o => new OwnerResponse(o.Role.ToString(), o.Name, o.From, o.To)).ToList() : null,
        Attempts = full ? kase.Attempts.OrderBy(a => a.On).ThenBy(a => a.Id).Select(a => new AttemptResponse(a.Id, a.On, a.By, a.Method, a.Result)).ToList() : null,
        Steps = full ? kase.Steps.OrderBy(s => s.Number).Select(s => new StepResponse(s.Number, s.On, s.Kind, s.Title, s.Details)).ToList() : null,
    };
}
