using EduRelief.SharedKernel.Errors;

namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>
/// A school building and its appraisals. The latest appraisal (by date) counts: its grade, its next due date. A building
/// whose latest grade is D is closed for use and stays on the D list until a project records its demolition or a later
/// appraisal, after reinforcement, grades it A–C.
/// </summary>
internal sealed class Building : ISchoolRecord
{
    private readonly List<Appraisal> _appraisals = [];

    public Guid Id { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public required string Name { get; init; }

    public BuildingUse Use { get; init; }

    /// <summary>Floor area in m², at most two decimals.</summary>
    public decimal FloorArea { get; init; }

    public int YearBuilt { get; init; }

    public required string Structure { get; init; }

    public BuildingSafetyGrade? Grade { get; private set; }

    public DateOnly? AppraisedOn { get; private set; }

    public DateOnly? NextAppraisalDueOn { get; private set; }

    public DateOnly? DemolishedOn { get; private set; }

    public string? DemolishedBy { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<Appraisal> Appraisals => _appraisals;

    /// <summary>On the D list: closed for use, to be eliminated.</summary>
    public bool IsClosed => Grade == BuildingSafetyGrade.D && DemolishedOn is null;

    /// <summary>On the D list at the end of <paramref name="day"/>: not yet demolished, and its latest appraisal by then is D.</summary>
    public bool IsClosedOn(DateOnly day) =>
        (DemolishedOn is not { } demolished || demolished > day)
        && _appraisals.Where(a => a.AppraisedOn <= day).OrderBy(a => a.AppraisedOn).ThenBy(a => a.Id).LastOrDefault()?.Grade == BuildingSafetyGrade.D;

    public bool IsOverdue(DateOnly today) => DemolishedOn is null && NextAppraisalDueOn is { } due && due < today;

    /// <summary>Records an appraisal; without a next due date the schedule gives one.</summary>
    public Appraisal Appraise(
        DateOnly appraisedOn, BuildingSafetyGrade grade, string appraisedBy, string reportNo, DateOnly? nextDueOn, DateOnly today, string recordedBy, DateTimeOffset now)
    {
        if (DemolishedOn is { } demolished)
        {
            throw new ConflictException("building", ConstructionText.Demolished(demolished));
        }

        if (appraisedOn > today)
        {
            throw ValidationFailedException.For("appraisedOn", ConstructionText.InTheFuture(appraisedOn, today));
        }

        if (appraisedOn.Year < YearBuilt)
        {
            throw ValidationFailedException.For("appraisedOn", ConstructionText.BeforeBuilt(YearBuilt));
        }

        if (nextDueOn is { } due && due <= appraisedOn)
        {
            throw ValidationFailedException.For("nextDueOn", ConstructionText.NotAfter(due, appraisedOn));
        }

        var appraisal = new Appraisal
        {
            BuildingId = Id,
            AppraisedOn = appraisedOn,
            Grade = grade,
            AppraisedBy = appraisedBy,
            ReportNo = reportNo,
            NextDueOn = nextDueOn ?? AppraisalSchedule.NextDue(YearBuilt, appraisedOn),
            RecordedBy = recordedBy,
            RecordedAt = now,
        };
        _appraisals.Add(appraisal);

        // An older report entered late joins the history; only a report at least as recent as the latest takes over.
        if (AppraisedOn is not { } latest || appraisedOn >= latest)
        {
            Grade = grade;
            AppraisedOn = appraisedOn;
            NextAppraisalDueOn = appraisal.NextDueOn;
        }

        Version++;
        return appraisal;
    }

    /// <summary>Recorded by the project that removed it; a second recording changes nothing.</summary>
    public void Demolish(string projectCode, DateOnly on)
    {
        if (DemolishedOn is not null)
        {
            return;
        }

        DemolishedOn = on;
        DemolishedBy = projectCode;
        Version++;
    }
}
