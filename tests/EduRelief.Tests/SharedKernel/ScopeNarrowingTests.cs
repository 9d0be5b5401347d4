using EduRelief.SharedKernel.Identity;

namespace EduRelief.Tests.SharedKernel;

public sealed class ScopeNarrowingTests
{
    private static readonly DataScope TwoTownships = new() { TownshipCodes = new HashSet<string> { "T1", "T2" }, SchoolCodes = new HashSet<string> { "S9" } };

    [Fact]
    public void Inside_a_narrowing_the_scope_is_that_one_township_and_outside_it_the_callers_own()
    {
        using (ScopeNarrowing.To("T2"))
        {
            var narrowed = ScopeNarrowing.Apply(TwoTownships);
            Assert.False(narrowed.All);
            Assert.Equal(["T2"], narrowed.TownshipCodes);
            Assert.Empty(narrowed.SchoolCodes);
            Assert.Equal(["T2"], ScopeNarrowing.Apply(DataScope.Everything).TownshipCodes);
        }

        Assert.Same(TwoTownships, ScopeNarrowing.Apply(TwoTownships));
    }

    [Fact]
    public void A_township_outside_the_callers_scope_narrows_to_nothing_never_wider()
    {
        using var _ = ScopeNarrowing.To("T7");

        var narrowed = ScopeNarrowing.Apply(TwoTownships);

        Assert.False(narrowed.All);
        Assert.Empty(narrowed.TownshipCodes);
        Assert.Empty(narrowed.SchoolCodes);
    }

    [Fact]
    public void A_school_narrows_to_that_school_alone_when_the_caller_sees_it_by_township_or_by_school()
    {
        using (ScopeNarrowing.To("T1", "S1"))
        {
            var narrowed = ScopeNarrowing.Apply(TwoTownships);
            Assert.Empty(narrowed.TownshipCodes);
            Assert.Equal(["S1"], narrowed.SchoolCodes);
        }

        using (ScopeNarrowing.To("T5", "S9"))
        {
            Assert.Equal(["S9"], ScopeNarrowing.Apply(TwoTownships).SchoolCodes);
        }

        using (ScopeNarrowing.To("T5", "S5"))
        {
            var outside = ScopeNarrowing.Apply(TwoTownships);
            Assert.Empty(outside.SchoolCodes);
            Assert.Empty(outside.TownshipCodes);
            Assert.False(outside.All);
        }
    }
}
