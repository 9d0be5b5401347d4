namespace EduRelief.Host.Demo;

/// <summary>How many records of each kind this run entered, and how many it found already there.</summary>
internal sealed class DemoTally
{
    private readonly Dictionary<DemoRecord, (int Created, int Found)> _counts = [];
    private readonly List<DemoRecord> _order = [];

    public void Created(DemoRecord record, int count = 1) => Add(record, count, 0);

    public void Found(DemoRecord record, int count = 1) => Add(record, 0, count);

    public IReadOnlyList<DemoCount> Counts() =>
        _order.Select(r => new DemoCount(r.Name, r.NameEn, _counts[r].Created, _counts[r].Found)).ToList();

    private void Add(DemoRecord record, int created, int found)
    {
        if (!_counts.TryGetValue(record, out var counts))
        {
            _order.Add(record);
        }

        _counts[record] = (counts.Created + created, counts.Found + found);
    }
}
