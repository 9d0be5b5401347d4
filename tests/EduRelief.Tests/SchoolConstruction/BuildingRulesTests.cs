using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.SharedKernel.Errors;

namespace EduRelief.Tests.SchoolConstruction;

public sealed class BuildingRulesTests
{
    private static readonly DateOnly Today = new(2025, 12, 1);

    private static Building NewBuilding() => new() { Id = Guid.NewGuid(), SchoolCode = "S1", TownshipCode = "T1", Name = "教学楼", FloorArea = 500m, YearBuilt = 1990, Structure = "砖混" };

    [Fact]
    public void A_D_grade_is_on_the_D_list_from_its_appraisal_until_the_demolition_or_a_later_regrading()
    {
        var building = NewBuilding();
        building.Appraise(new DateOnly(2024, 3, 1), BuildingSafetyGrade.D, "鉴定站", "R1", null, Today, "t", DateTimeOffset.UnixEpoch);
        building.Appraise(new DateOnly(2025, 6, 1), BuildingSafetyGrade.B, "鉴定站", "R2", null, Today, "t", DateTimeOffset.UnixEpoch);

        Assert.False(building.IsClosedOn(new DateOnly(2023, 12, 31)));
        Assert.True(building.IsClosedOn(new DateOnly(2024, 12, 31)));
        Assert.False(building.IsClosedOn(new DateOnly(2025, 12, 31)));
        Assert.False(building.IsClosed);
    }

    [Fact]
    public void A_demolished_building_leaves_the_D_list_on_the_day_and_takes_no_more_appraisals()
    {
        var building = NewBuilding();
        building.Appraise(new DateOnly(2024, 3, 1), BuildingSafetyGrade.D, "鉴定站", "R1", null, Today, "t", DateTimeOffset.UnixEpoch);
        building.Demolish("P1", new DateOnly(2025, 5, 1));
        building.Demolish("P2", new DateOnly(2025, 6, 1));

        Assert.True(building.IsClosedOn(new DateOnly(2025, 4, 30)));
        Assert.False(building.IsClosedOn(new DateOnly(2025, 5, 1)));
        Assert.Equal("P1", building.DemolishedBy);
        Assert.Throws<ConflictException>(() => building.Appraise(new DateOnly(2025, 7, 1), BuildingSafetyGrade.A, "鉴定站", "R3", null, Today, "t", DateTimeOffset.UnixEpoch));
    }

    [Theory]
    [InlineData(15, 30, 0.5)]
    [InlineData(2, 3, 0.6667)]
    [InlineData(0, 0, 1)]
    public void Coverage_is_equipped_over_classrooms_to_four_places(int equipped, int classrooms, decimal rate)
    {
        Assert.Equal(rate, Coverage.Rate(equipped, classrooms));
    }
}
