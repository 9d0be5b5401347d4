using EduRelief.SharedKernel.Errors;

namespace EduRelief.Modules.SchoolConstruction.Domain;

/// <summary>
/// A construction project at one school: its budget by funding source (every revision kept), what has been spent, its
/// dated moves Planned → Approved → UnderConstruction → Completed → Accepted, its seats and the buildings it removes.
/// </summary>
internal sealed class Project : ISchoolRecord
{
    private readonly List<BudgetLine> _budget = [];
    private readonly List<Spending> _spending = [];
    private readonly List<StatusChange> _moves = [];
    private readonly List<ProjectRemoval> _removals = [];

    public Guid Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string SchoolCode { get; init; }

    public required string TownshipCode { get; init; }

    public ProjectType Type { get; init; }

    public int PlannedSeats { get; init; }

    public int? ActualSeats { get; private set; }

    public DateOnly PlannedStart { get; init; }

    public DateOnly PlannedEnd { get; init; }

    public ProjectStatus Status { get; private set; }

    public int BudgetRevision { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<BudgetLine> BudgetLines => _budget;

    public IReadOnlyList<Spending> Spending => _spending;

    public IReadOnlyList<StatusChange> Moves => _moves;

    public IReadOnlyList<ProjectRemoval> Removals => _removals;

    public decimal Budget => _budget.Where(l => l.Revision == BudgetRevision).Sum(l => l.Amount);

    public decimal Spent => _spending.Sum(s => s.Amount);

    public DateOnly? On(ProjectStatus status) => _moves.LastOrDefault(m => m.Status == status)?.On;

    public static Project Plan(
        Guid id, string code, string name, (string Code, string TownshipCode) school, ProjectType type, int plannedSeats,
        DateOnly plannedStart, DateOnly plannedEnd, IReadOnlyList<BudgetAmount> budget, IEnumerable<Building> removes, DateOnly today, string by)
    {
        if (plannedEnd < plannedStart)
        {
            throw ValidationFailedException.For("plannedEnd", ConstructionText.PlannedEndBeforeStart());
        }

        var project = new Project
        {
            Id = id,
            Code = code,
            Name = name,
            SchoolCode = school.Code,
            TownshipCode = school.TownshipCode,
            Type = type,
            PlannedSeats = plannedSeats,
            PlannedStart = plannedStart,
            PlannedEnd = plannedEnd,
        };
        foreach (var building in removes)
        {
            if (building.SchoolCode != school.Code)
            {
                throw ValidationFailedException.For("removesBuildingIds", ConstructionText.NotThisSchoolsBuilding(building.Id, school.Code));
            }

            if (building.DemolishedOn is not null)
            {
                throw ValidationFailedException.For("removesBuildingIds", ConstructionText.AlreadyDemolished(building.Id));
            }

            project._removals.Add(new ProjectRemoval { ProjectId = id, BuildingId = building.Id });
        }

        project.AddRevision(budget, today, by);
        return project;
    }

    /// <summary>A new revision of the whole budget; never below what has been spent.</summary>
    public void ReviseBudget(IReadOnlyList<BudgetAmount> budget, DateOnly today, string by)
    {
        if (Status == ProjectStatus.Accepted)
        {
            throw new ConflictException("status", ConstructionText.Accepted());
        }

        var total = budget.Sum(l => l.Amount);
        if (total < Spent)
        {
            throw new ConflictException("budget", ConstructionText.BudgetBelowSpending(total, Spent));
        }

        BudgetRevision++;
        AddRevision(budget, today, by);
    }

    public Spending Spend(DateOnly spentOn, decimal amount, string purpose, DateOnly today, string by)
    {
        if (Status == ProjectStatus.Accepted)
        {
            throw new ConflictException("status", ConstructionText.Accepted());
        }

        if (spentOn > today)
        {
            throw ValidationFailedException.For("spentOn", ConstructionText.InTheFuture(spentOn, today));
        }

        if (Spent + amount > Budget)
        {
            throw new ConflictException("amount", ConstructionText.BeyondBudget(amount, Spent, Budget));
        }

        var spending = new Spending { ProjectId = Id, SpentOn = spentOn, Amount = amount, Purpose = purpose, RecordedBy = by };
        _spending.Add(spending);
        Version++;
        return spending;
    }

    /// <summary>One step forward, dated no earlier than the step before; actual seats are given when it is completed.</summary>
    public void MoveTo(ProjectStatus status, DateOnly on, int? actualSeats, DateOnly today, string by)
    {
        if (status <= Status)
        {
            throw new ConflictException("status", ConstructionText.NotForward(Status.ToString(), status.ToString()));
        }

        if (status != Status + 1)
        {
            throw new ConflictException("status", ConstructionText.NextIs(Status.ToString(), (Status + 1).ToString()));
        }

        if (on > today)
        {
            throw ValidationFailedException.For("on", ConstructionText.InTheFuture(on, today));
        }

        if (_moves.LastOrDefault() is { } previous && on < previous.On)
        {
            throw ValidationFailedException.For("on", ConstructionText.BeforePreviousMove(previous.Status.ToString(), previous.On));
        }

        if (status == ProjectStatus.Completed)
        {
            ActualSeats = actualSeats ?? throw ValidationFailedException.For("actualSeats", SharedKernel.Localization.CommonTexts.IsRequired());
        }
        else if (actualSeats is not null)
        {
            throw ValidationFailedException.For("actualSeats", ConstructionText.SeatsOnlyWhenCompleting());
        }

        Status = status;
        _moves.Add(new StatusChange { ProjectId = Id, Status = status, On = on, RecordedBy = by });
        Version++;
    }

    private void AddRevision(IReadOnlyList<BudgetAmount> budget, DateOnly today, string by)
    {
        if (budget.GroupBy(l => l.Source).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw ValidationFailedException.For("budget", ConstructionText.SameSourceTwice(twice.Key.ToString()));
        }

        _budget.AddRange(budget.Select(l => new BudgetLine
        {
            ProjectId = Id, Revision = BudgetRevision, Source = l.Source, Amount = l.Amount, RevisedOn = today, RevisedBy = by,
        }));
        Version++;
    }
}
