using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.SharedKernel.Errors;

namespace EduRelief.Tests.SchoolConstruction;

public sealed class ProjectRulesTests
{
    private static readonly DateOnly Today = new(2025, 12, 1);

    private static Project NewProject(decimal budget = 1_000_000m) => Project.Plan(
        Guid.NewGuid(), "P1", "教学楼新建", ("S1", "T1"), ProjectType.NewBuild, 300, new DateOnly(2025, 3, 1), new DateOnly(2025, 10, 1),
        [new BudgetAmount(FundingSource.Central, budget * 0.6m), new BudgetAmount(FundingSource.County, budget * 0.4m)], [], Today, "tester");

    [Fact]
    public void Spending_up_to_the_current_budget_is_kept_and_a_fen_beyond_it_is_refused_until_the_budget_is_revised()
    {
        var project = NewProject();
        project.Spend(new DateOnly(2025, 4, 1), 999_999.99m, "主体工程", Today, "tester");

        var beyond = Assert.Throws<ConflictException>(() => project.Spend(new DateOnly(2025, 4, 2), 0.02m, "监理", Today, "tester"));
        Assert.Equal("amount", beyond.Field);

        project.ReviseBudget([new BudgetAmount(FundingSource.Central, 600_000m), new BudgetAmount(FundingSource.County, 400_000.01m)], Today, "tester");
        project.Spend(new DateOnly(2025, 4, 2), 0.02m, "监理", Today, "tester");
        Assert.Equal(1_000_000.01m, project.Spent);
        Assert.Equal(1, project.BudgetRevision);
        Assert.Equal(4, project.BudgetLines.Count);
    }

    [Fact]
    public void A_budget_revised_below_what_was_spent_is_refused()
    {
        var project = NewProject();
        project.Spend(new DateOnly(2025, 4, 1), 500_000m, "主体工程", Today, "tester");

        Assert.Equal("budget", Assert.Throws<ConflictException>(() => project.ReviseBudget([new BudgetAmount(FundingSource.County, 499_999.99m)], Today, "tester")).Field);
    }

    [Fact]
    public void Moves_go_one_step_forward_each_dated_no_earlier_than_the_last()
    {
        var project = NewProject();
        project.MoveTo(ProjectStatus.Approved, new DateOnly(2025, 2, 1), null, Today, "tester");
        project.MoveTo(ProjectStatus.UnderConstruction, new DateOnly(2025, 3, 1), null, Today, "tester");

        Assert.Equal("on", Assert.Throws<ValidationFailedException>(() => project.MoveTo(ProjectStatus.Completed, new DateOnly(2025, 2, 28), 300, Today, "tester")).Errors.Keys.Single());
        Assert.Equal("status", Assert.Throws<ConflictException>(() => project.MoveTo(ProjectStatus.Approved, new DateOnly(2025, 4, 1), null, Today, "tester")).Field);
        Assert.Equal("status", Assert.Throws<ConflictException>(() => project.MoveTo(ProjectStatus.Accepted, new DateOnly(2025, 4, 1), null, Today, "tester")).Field);
        Assert.Equal("actualSeats", Assert.Throws<ValidationFailedException>(() => project.MoveTo(ProjectStatus.Completed, new DateOnly(2025, 9, 1), null, Today, "tester")).Errors.Keys.Single());

        project.MoveTo(ProjectStatus.Completed, new DateOnly(2025, 9, 1), 320, Today, "tester");
        Assert.Equal(320, project.ActualSeats);
        Assert.Equal(new DateOnly(2025, 9, 1), project.On(ProjectStatus.Completed));
    }
}
