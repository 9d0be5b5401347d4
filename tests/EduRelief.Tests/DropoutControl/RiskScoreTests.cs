using EduRelief.Modules.DropoutControl.Domain;

namespace EduRelief.Tests.DropoutControl;

/// <summary>The risk score: the sum of the weights of the signals present, each signal once; the signals read off a student's facts.</summary>
public sealed class RiskScoreTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    [Fact]
    public void The_score_is_the_sum_of_the_weights_of_the_signals_present_each_once()
    {
        var weights = new RiskWeights { Hardship = 20, LeftBehind = 15, DisabledUnplaced = 25, OverAge = 20, SchoolChanges = 15, RecentCase = 30 };

        Assert.Equal(0, weights.Score([]));
        Assert.Equal(35, weights.Score([RiskSignal.Hardship, RiskSignal.LeftBehind]));
        Assert.Equal(35, weights.Score([RiskSignal.Hardship, RiskSignal.LeftBehind, RiskSignal.Hardship]));
        Assert.Equal(125, weights.Score(Enum.GetValues<RiskSignal>()));
        Assert.Equal(7, new RiskWeights { Hardship = 7, LeftBehind = 0 }.Score([RiskSignal.Hardship, RiskSignal.LeftBehind]));
    }

    [Fact]
    public void A_weight_outside_0_to_100_is_named()
    {
        Assert.Empty(new RiskWeights().OutOfRange());
        Assert.Equal([RiskSignal.LeftBehind, RiskSignal.RecentCase], new RiskWeights { LeftBehind = -1, RecentCase = 101, OverAge = 100, Hardship = 0 }.OutOfRange());
        Assert.False(new Modules.DropoutControl.RiskOptions { RecentMonths = 0 }.IsValid);
        Assert.True(new Modules.DropoutControl.RiskOptions().IsValid);
    }

    [Fact]
    public void The_signals_are_read_off_the_facts_and_a_disability_counts_only_when_SpecialNeeds_found_no_placement()
    {
        var none = new RiskFacts(false, false, false, false, new DateOnly(2018, 3, 5), 3, 0, false);
        var all = new RiskFacts(true, true, true, false, new DateOnly(2015, 3, 5), 3, 2, true);

        Assert.Empty(none.Signals(Today));
        Assert.Equal(Enum.GetValues<RiskSignal>(), all.Signals(Today));
        Assert.DoesNotContain(RiskSignal.DisabledUnplaced, (all with { Placed = true }).Signals(Today));
        Assert.DoesNotContain(RiskSignal.DisabledUnplaced, (all with { Placed = null }).Signals(Today));
        Assert.DoesNotContain(RiskSignal.OverAge, (all with { BirthDate = null }).Signals(Today));
    }

    [Fact]
    public void A_rescore_with_the_same_facts_changes_nothing_and_a_new_weight_changes_the_score()
    {
        var student = new RiskStudent(Guid.NewGuid(), "520102201503050011", "学生", "T1", "S1", 3, 11);
        var risk = StudentRisk.Of(student, [RiskSignal.LeftBehind, RiskSignal.Hardship], new RiskWeights(), Today);

        Assert.Equal(35, risk.Score);
        Assert.Equal([RiskSignal.Hardship, RiskSignal.LeftBehind], risk.Signals);
        Assert.False(risk.Rescore(student, [RiskSignal.Hardship, RiskSignal.LeftBehind], new RiskWeights(), Today.AddDays(1)));
        Assert.Equal(Today, risk.ScoredOn);
        Assert.True(risk.Rescore(student, [RiskSignal.Hardship, RiskSignal.LeftBehind], new RiskWeights { Hardship = 50 }, Today.AddDays(1)));
        Assert.Equal(65, risk.Score);
        Assert.Equal(Today.AddDays(1), risk.ScoredOn);
    }
}
