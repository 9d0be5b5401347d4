using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Tests.SharedKernel;

public sealed class TimeOrderedIdGeneratorTests
{
    private readonly TimeOrderedIdGenerator _ids = new();
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Ids_made_with_one_fixed_now_increase_in_the_text_order_sqlite_compares()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => _ids.Next(Now).ToString().ToUpperInvariant()).ToList();

        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void An_id_is_a_version_7_guid_carrying_its_millisecond()
    {
        var id = _ids.Next(Now.AddYears(1));
        var text = id.ToString("N");

        Assert.Equal(7, id.Version);
        Assert.Contains(text[16], "89ab");
        Assert.Equal(Now.AddYears(1).ToUnixTimeMilliseconds(), Convert.ToInt64(text[..12], 16));
    }

    [Fact]
    public void An_earlier_now_does_not_make_an_id_that_sorts_before_the_last_one()
    {
        var later = _ids.Next(Now.AddYears(2));
        var earlier = _ids.Next(Now);

        Assert.True(string.CompareOrdinal(later.ToString(), earlier.ToString()) < 0);
    }
}
