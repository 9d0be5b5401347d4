namespace EduRelief.Modules.Vocational.Domain;

/// <summary>
/// A registered student's enrolment in a specialty of the vocational school, from enrolment to graduation and the
/// follow-up six months on. Whether the student is of a registered poor household is read from the Registry at
/// enrolment and kept current from its category events; every change is kept (<see cref="Changes"/>).
/// </summary>
internal sealed class Enrolment : ISchoolRecord
{
    public const int FollowUpMonths = 6;

    private readonly List<PoorHouseholdChange> _changes = [];

    public Guid Id { get; init; }

    public Guid StudentId { get; init; }

    /// <summary>The student while the enrolment is active, null after graduation: unique, so a student has one active enrolment at most.</summary>
    public Guid? ActiveStudentId { get; private set; }

    public required string NationalId { get; init; }

    public required string Name { get; init; }

    public required string SpecialtyCode { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public DateOnly EnrolledOn { get; init; }

    /// <summary>As the Registry last said: of a registered poor household (建档立卡贫困户).</summary>
    public bool PoorHousehold { get; private set; }

    public Guid? OrderClassId { get; private set; }

    public string? OrderClassCode { get; private set; }

    public string? OrderEmployer { get; private set; }

    public DateOnly? GraduatedOn { get; private set; }

    public GraduateOutcome? GraduationOutcome { get; private set; }

    public DateOnly? FollowUpOn { get; private set; }

    public GraduateOutcome? FollowUpOutcome { get; private set; }

    /// <summary>The outcome last recorded (the follow-up's once there is one); the employment rate counts it.</summary>
    public GraduateOutcome? Outcome { get; private set; }

    public string? Employer { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<PoorHouseholdChange> Changes => _changes;

    public bool Graduated => GraduatedOn is not null;

    /// <summary>Six months after graduation, when the graduate is followed up.</summary>
    public DateOnly? FollowUpDueOn => GraduatedOn?.AddMonths(FollowUpMonths);

    public static Enrolment Enrol(Guid id, EnrollingStudent student, Specialty specialty, DateOnly enrolledOn, DateTimeOffset now, DateOnly today)
    {
        if (enrolledOn > today)
        {
            throw Refusals.Invalid("enrolledOn", VocationalText.InTheFuture(enrolledOn, today));
        }

        var enrolment = new Enrolment
        {
            Id = id,
            StudentId = student.StudentId,
            ActiveStudentId = student.StudentId,
            NationalId = student.NationalId,
            Name = student.Name,
            SpecialtyCode = specialty.Code,
            SchoolCode = specialty.SchoolCode,
            TownshipCode = specialty.TownshipCode,
            EnrolledOn = enrolledOn,
            PoorHousehold = student.PoorHousehold,
        };
        enrolment._changes.Add(new PoorHouseholdChange { EnrolmentId = id, EffectiveOn = enrolledOn, Poor = student.PoorHousehold, Source = VocationalText.AtEnrolment, RecordedAt = now });
        return enrolment;
    }

    /// <summary>The Registry says the household is (or is no longer) poor from <paramref name="effectiveOn"/>; a change before enrolment counts from enrolment. False when nothing changed.</summary>
    public bool Follow(bool poor, DateOnly effectiveOn, string source, DateTimeOffset now)
    {
        if (Graduated || poor == PoorHousehold)
        {
            return false;
        }

        var from = effectiveOn < EnrolledOn ? EnrolledOn : effectiveOn;
        _changes.Add(new PoorHouseholdChange { EnrolmentId = Id, EffectiveOn = from, Poor = poor, Source = source, RecordedAt = now });
        PoorHousehold = poor;
        Version++;
        return true;
    }

    /// <summary>Placed in an order-based class (by <see cref="OrderClass.Take"/>, which counts the places).</summary>
    public void JoinClass(OrderClass orderClass)
    {
        if (OrderClassCode is { } current)
        {
            throw Refusals.Conflict("orderClassCode", VocationalText.AlreadyInClass(current));
        }

        if (Graduated)
        {
            throw Refusals.Invalid("nationalId", VocationalText.AlreadyGraduated(GraduatedOn!.Value));
        }

        OrderClassId = orderClass.Id;
        OrderClassCode = orderClass.Code;
        OrderEmployer = orderClass.Employer;
        Version++;
    }

    public Internship Intern(Guid id, string trainingBase, DateOnly startsOn, DateOnly endsOn)
    {
        if (startsOn < EnrolledOn)
        {
            throw Refusals.Invalid("startsOn", VocationalText.BeforeEnrolment(EnrolledOn));
        }

        if (endsOn < startsOn)
        {
            throw Refusals.Invalid("endsOn", VocationalText.Before(startsOn));
        }

        if (GraduatedOn is { } graduated && startsOn > graduated)
        {
            throw Refusals.Invalid("startsOn", VocationalText.AfterGraduation(graduated));
        }

        return new Internship
        {
            Id = id, EnrolmentId = Id, StudentId = StudentId, NationalId = NationalId, Name = Name, SchoolCode = SchoolCode, TownshipCode = TownshipCode,
            Base = trainingBase, StartsOn = startsOn, EndsOn = endsOn,
        };
    }

    public void Graduate(DateOnly graduatedOn, GraduateOutcome? outcome, string? employer, DateOnly today)
    {
        if (Graduated)
        {
            throw Refusals.Conflict("nationalId", VocationalText.AlreadyGraduated(GraduatedOn!.Value));
        }

        if (graduatedOn < EnrolledOn)
        {
            throw Refusals.Invalid("graduatedOn", VocationalText.BeforeEnrolment(EnrolledOn));
        }

        if (graduatedOn > today)
        {
            throw Refusals.Invalid("graduatedOn", VocationalText.InTheFuture(graduatedOn, today));
        }

        var hiredBy = EmployerFor(outcome, employer);
        GraduatedOn = graduatedOn;
        GraduationOutcome = outcome;
        Outcome = outcome;
        Employer = hiredBy;
        ActiveStudentId = null;
        Version++;
    }

    /// <summary>The follow-up of a graduate (six months on): the outcome then replaces the one at graduation, which is kept.</summary>
    public void FollowUp(DateOnly on, GraduateOutcome outcome, string? employer, DateOnly today)
    {
        if (GraduatedOn is not { } graduated)
        {
            throw Refusals.Invalid("followUpOn", VocationalText.NotGraduated());
        }

        if (on < graduated)
        {
            throw Refusals.Invalid("followUpOn", VocationalText.BeforeGraduation(graduated));
        }

        if (on > today)
        {
            throw Refusals.Invalid("followUpOn", VocationalText.InTheFuture(on, today));
        }

        Employer = EmployerFor(outcome, employer);
        FollowUpOn = on;
        FollowUpOutcome = outcome;
        Outcome = outcome;
        Version++;
    }

    private string? EmployerFor(GraduateOutcome? outcome, string? employer) => outcome switch
    {
        GraduateOutcome.EmployedByOrderingEmployer => OrderEmployer ?? throw Refusals.Invalid("outcome", VocationalText.NoOrderClass()),
        GraduateOutcome.EmployedElsewhere => string.IsNullOrWhiteSpace(employer) ? throw Refusals.Invalid("employer", VocationalText.EmployerNeeded()) : employer.Trim(),
        _ => null,
    };
}
