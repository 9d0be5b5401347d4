using System.Globalization;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// A dropout case (控辍保学): found on a day by someone, with its reasons and an owner in each of the six roles, moved
/// forward only (<see cref="CaseStage"/>), with its persuasion attempts, its deadline-to-return notice and its outcome.
/// <see cref="OpenStudentId"/> is the student's id while the case is open, under a unique index, so a student never has
/// two open cases; it is cleared on close. Every change adds a numbered <see cref="CaseStep"/> for the student file.
/// </summary>
internal sealed partial class DropoutCase : IScopedRecord
{
    private readonly List<CaseOwner> _owners = [];
    private readonly List<PersuasionAttempt> _attempts = [];
    private readonly List<CaseStep> _steps = [];

    public Guid Id { get; init; }

    public Guid StudentId { get; init; }

    public Guid? OpenStudentId { get; private set; }

    public required string NationalId { get; init; }

    public required string StudentName { get; init; }

    public required string TownshipCode { get; init; }

    public string? SchoolCode { get; init; }

    public DateOnly BirthDate { get; init; }

    public DateOnly DetectedOn { get; init; }

    public required string DetectedBy { get; init; }

    public CaseStage Stage { get; private set; }

    /// <summary>The reasons, comma-separated codes (<see cref="DropoutReason"/>), in the order given.</summary>
    public string ReasonCodes { get; private set; } = string.Empty;

    /// <summary>Opened by the ledger refresh from the Registry's DroppedOut status, with no owner yet: listed for assignment.</summary>
    public bool Unassigned { get; private set; }

    public DateOnly? NoticeIssuedOn { get; private set; }

    public DateOnly? NoticeReturnBy { get; private set; }

    public CaseOutcome? Outcome { get; private set; }

    public DateOnly? OutcomeOn { get; private set; }

    public string? ReturnSchoolCode { get; private set; }

    public string? Approval { get; private set; }

    public DateOnly? ObservedUntil { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The day the ledger refresh saw the student Enrolled again: the case is proposed for Returned.</summary>
    public DateOnly? ReturnProposedOn { get; private set; }

    public int StepCount { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<CaseOwner> Owners => _owners;

    public IReadOnlyList<PersuasionAttempt> Attempts => _attempts;

    /// <summary>The steps loaded or added; a case loaded to be changed holds only the steps added since.</summary>
    public IReadOnlyList<CaseStep> Steps => _steps;

    public IReadOnlyList<DropoutReason> Reasons =>
        ReasonCodes.Length == 0 ? [] : ReasonCodes.Split(',').Select(Enum.Parse<DropoutReason>).ToList();

    public bool IsOpen => Stage != CaseStage.Closed;

    /// <summary>Past its notice's return-by date and not yet back at school.</summary>
    public bool OverdueOn(DateOnly today) => NoticeReturnBy is { } by && by < today && Stage < CaseStage.Returned;

    /// <summary>Opens a case by the rules: a compulsory-age student, Suspected or Confirmed, detected by today, all six owners named.</summary>
    public static DropoutCase Open(Guid id, CaseStudent student, CaseDraft draft, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (draft.Stage is not (CaseStage.Suspected or CaseStage.Confirmed))
        {
            errors.Add("stage", DropoutControlText.OpeningStage());
        }

        if (draft.DetectedOn > today)
        {
            errors.Add("detectedOn", DropoutControlText.InTheFuture(draft.DetectedOn, today));
        }

        if (!CompulsoryAge.Covers(student.BirthDate, draft.DetectedOn))
        {
            errors.Add("nationalId", DropoutControlText.NotCompulsoryAge(CompulsoryAge.AgeInSchoolYearOf(student.BirthDate, draft.DetectedOn)));
        }

        foreach (var role in OwnerRoles.All.Where(r => !draft.Owners.ContainsKey(r)))
        {
            errors.Add(OwnerRoles.Field(role), DropoutControlText.OwnerNeeded());
        }

        errors.ThrowIfAny();
        var opened = New(id, student, draft.DetectedOn, draft.DetectedBy, draft.Stage, draft.Reasons, unassigned: false);
        foreach (var role in OwnerRoles.All)
        {
            opened._owners.Add(new CaseOwner { CaseId = id, Role = role, Name = draft.Owners[role], From = draft.DetectedOn });
        }

        opened.Step(draft.DetectedOn, "DropoutCaseOpened", $"控辍保学：{StageLabel(draft.Stage)}（发现人 {draft.DetectedBy}）", $"reasons: {opened.ReasonCodes}");
        return opened;
    }

    /// <summary>A case the ledger refresh opens for a student the Registry marks DroppedOut: Suspected, no owner, flagged for assignment.</summary>
    public static DropoutCase Found(Guid id, CaseStudent student, DateOnly droppedOn, string source)
    {
        var found = New(id, student, droppedOn, source, CaseStage.Suspected, [], unassigned: true);
        found.Step(droppedOn, "DropoutCaseOpened", "控辍保学：疑似辍学（学籍辍学，待指定责任人）", source);
        return found;
    }

    /// <summary>Moves the case on to Confirmed or Persuading, or closes it once its observation period is over; never back.</summary>
    public void MoveTo(CaseStage stage, DateOnly on, DateOnly today)
    {
        EnsureOpen();
        CheckDay("on", on, today);
        if (stage <= Stage)
        {
            throw new ConflictException("stage", DropoutControlText.Backwards(Stage, stage));
        }

        if (stage is CaseStage.Returned or CaseStage.Observed || (stage == CaseStage.Closed && Stage != CaseStage.Observed))
        {
            throw new ConflictException("stage", DropoutControlText.ByOutcome(stage));
        }

        if (stage == CaseStage.Closed)
        {
            if (on < ObservedUntil)
            {
                throw new ConflictException("stage", DropoutControlText.ObservationRuns(ObservedUntil!.Value));
            }

            Close(on);
            return;
        }

        Stage = stage;
        Step(on, "DropoutCaseStage", $"控辍保学：{StageLabel(stage)}");
    }

    /// <summary>A persuasion attempt, dated from detection to today; a confirmed case is being persuaded from its first attempt.</summary>
    public PersuasionAttempt LogAttempt(DateOnly on, string by, string method, string result, DateOnly today)
    {
        EnsureOpen();
        CheckDay("on", on, today);
        var attempt = new PersuasionAttempt { CaseId = Id, On = on, By = by, Method = method, Result = result };
        _attempts.Add(attempt);
        if (Stage == CaseStage.Confirmed)
        {
            Stage = CaseStage.Persuading;
        }

        Step(on, "DropoutPersuasion", $"劝返：{method}（{by}）", result);
        return attempt;
    }

    /// <summary>The township's deadline-to-return notice (限期返校通知书); a later notice replaces the earlier one's dates.</summary>
    public void IssueNotice(DateOnly issuedOn, DateOnly returnBy, DateOnly today)
    {
        EnsureOpen();
        CheckDay("issuedOn", issuedOn, today);
        if (returnBy <= issuedOn)
        {
            throw ValidationFailedException.For("returnBy", DropoutControlText.NotAfterIssue(issuedOn));
        }

        NoticeIssuedOn = issuedOn;
        NoticeReturnBy = returnBy;
        Step(issuedOn, "DropoutNotice", $"限期返校通知书：{Day(returnBy)} 前返校");
    }

    /// <summary>New owners from <paramref name="on"/>: each replaced owner's period ends the day before, and stays as history.</summary>
    public void Reassign(IReadOnlyDictionary<OwnerRole, string> owners, DateOnly on, DateOnly today)
    {
        EnsureOpen();
        CheckDay("on", on, today);
        foreach (var (role, name) in owners)
        {
            var current = _owners.FirstOrDefault(o => o.Role == role && o.Current);
            if (current?.Name == name)
            {
                throw ValidationFailedException.For(OwnerRoles.Field(role), DropoutControlText.SameOwner(name));
            }

            current?.EndOn(on.AddDays(-1) < current.From ? current.From : on.AddDays(-1));
            _owners.Add(new CaseOwner { CaseId = Id, Role = role, Name = name, From = on });
        }

        if (Unassigned && OwnerRoles.All.All(r => _owners.Any(o => o.Role == r && o.Current)))
        {
            Unassigned = false;
        }

        Step(on, "DropoutOwners", "控辍保学：调整责任人", string.Join("; ", owners.Select(o => $"{o.Key}: {o.Value}")));
    }

    /// <summary>
    /// The outcome. Returned names the school and starts the observation period (the case stays open until it is over);
    /// Exempted and Deferred name the approving authority; every other outcome closes the case that day.
    /// </summary>
    public void Conclude(CaseClosing closing, int observationMonths, DateOnly today)
    {
        EnsureOpen();
        if (Outcome is { } outcome)
        {
            throw new ConflictException("outcome", DropoutControlText.HasOutcome(outcome));
        }

        CheckDay("on", closing.On, today);
        CheckClosing(closing);
        Outcome = closing.Outcome;
        OutcomeOn = closing.On;
        Approval = closing.Approval;
        if (closing.Outcome == CaseOutcome.Returned)
        {
            ReturnSchoolCode = closing.SchoolCode;
            ObservedUntil = closing.On.AddMonths(observationMonths);
            Stage = CaseStage.Returned;
            Step(closing.On, "DropoutReturned", $"劝返复学：返回 {closing.SchoolCode} 就读");
            Stage = CaseStage.Observed;
            Step(closing.On, "DropoutObserved", $"复学观察期至 {Day(ObservedUntil.Value)}");
            return;
        }

        Step(closing.On, "DropoutOutcome", $"控辍保学结果：{closing.Outcome}", closing.Approval);
        Close(closing.On);
    }

    /// <summary>The Registry shows the student Enrolled again: the case is proposed for Returned, once; false when nothing changed.</summary>
    public bool ProposeReturn(DateOnly on)
    {
        if (!IsOpen || Stage >= CaseStage.Returned || ReturnProposedOn is not null)
        {
            return false;
        }

        ReturnProposedOn = on;
        Version++;
        return true;
    }

    /// <summary>Closes a returned case whose observation period ended by <paramref name="today"/>; false when it is not yet due.</summary>
    public bool CloseObservedBy(DateOnly today)
    {
        if (Stage != CaseStage.Observed || ObservedUntil is not { } until || until > today)
        {
            return false;
        }

        Close(until);
        return true;
    }

    private static DropoutCase New(Guid id, CaseStudent student, DateOnly detectedOn, string detectedBy, CaseStage stage, IReadOnlyList<DropoutReason> reasons, bool unassigned) => new()
    {
        Id = id,
        StudentId = student.Id,
        OpenStudentId = student.Id,
        NationalId = student.NationalId,
        StudentName = student.Name,
        TownshipCode = student.TownshipCode,
        SchoolCode = student.SchoolCode,
        BirthDate = student.BirthDate,
        DetectedOn = detectedOn,
        DetectedBy = detectedBy,
        Stage = stage,
        ReasonCodes = string.Join(',', reasons),
        Unassigned = unassigned,
    };

    private static void CheckClosing(CaseClosing closing)
    {
        var errors = new ValidationErrors();
        if (closing.Outcome == CaseOutcome.Returned && closing.SchoolCode is null)
        {
            errors.Add("schoolCode", DropoutControlText.SchoolNeeded());
        }
        else if (closing.Outcome != CaseOutcome.Returned && closing.SchoolCode is not null)
        {
            errors.Add("schoolCode", DropoutControlText.NoSchoolForOutcome(closing.Outcome));
        }

        if (closing.Outcome is CaseOutcome.Exempted or CaseOutcome.Deferred && closing.Approval is null)
        {
            errors.Add("approval", DropoutControlText.ApprovalNeeded(closing.Outcome));
        }

        errors.ThrowIfAny();
    }

    private void Close(DateOnly on)
    {
        Stage = CaseStage.Closed;
        ClosedOn = on;
        OpenStudentId = null;
        Step(on, "DropoutCaseClosed", "控辍保学：销号");
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new ConflictException("id", DropoutControlText.Closed(Id));
        }
    }

    private void CheckDay(string field, DateOnly on, DateOnly today)
    {
        if (on < DetectedOn)
        {
            throw ValidationFailedException.For(field, DropoutControlText.BeforeDetection(DetectedOn));
        }

        if (on > today)
        {
            throw ValidationFailedException.For(field, DropoutControlText.InTheFuture(on, today));
        }
    }

    private void Step(DateOnly on, string kind, string title, string? details = null)
    {
        StepCount++;
        Version++;
        _steps.Add(new CaseStep { CaseId = Id, Number = StepCount, On = on, Kind = kind, Title = title, Details = details });
    }

    private static string StageLabel(CaseStage stage) => stage switch
    {
        CaseStage.Suspected => "疑似辍学",
        CaseStage.Confirmed => "确认辍学",
        CaseStage.Persuading => "劝返中",
        CaseStage.Returned => "已返校",
        CaseStage.Observed => "复学观察",
        _ => "销号",
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
