namespace EduRelief.Host.Demo.County;

/// <summary>The county the generator enters: its places, schools and students, planned from the seed before anything is sent.</summary>
internal sealed record DemoCounty(
    int Seed,
    IReadOnlyList<PlannedTownship> Townships,
    IReadOnlyList<PlannedVillage> Villages,
    IReadOnlyList<PlannedSchool> Schools,
    IReadOnlyList<PlannedStudent> Students)
{
    public PlannedTownship CountyTown => Townships[0];

    public PlannedSchool School(Contracts.Registry.Stage stage) => Schools.First(s => s.Stage == stage);

    public IEnumerable<PlannedStudent> Of(StudentGroup group) => Students.Where(s => s.Group == group);
}
