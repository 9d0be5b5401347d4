namespace EduRelief.Host.Demo;

/// <summary>What a run of the generator did, and what the demo county is.</summary>
internal sealed record DemoReport(int Seed, int Year, DemoDescription Description, IReadOnlyList<DemoCount> Counts, TimeSpan Took)
{
    public int Created => Counts.Sum(c => c.Created);

    public int Found => Counts.Sum(c => c.Found);
}
