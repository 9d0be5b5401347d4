using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Registry.Domain;

/// <summary>Hardship categories kept as a bit set on the student row, so "has category X" is an index-free bit test.</summary>
internal static class CategoryMasks
{
    public static int Bit(HardshipCategory category) => 1 << (int)category;

    public static int From(IEnumerable<HardshipCategory> categories) =>
        categories.Aggregate(0, (mask, category) => mask | Bit(category));

    // Every combination of the five categories, built once: a student list maps thousands of masks.
    private static readonly IReadOnlyList<HardshipCategory>[] Lists = Enumerable.Range(0, 1 << Enum.GetValues<HardshipCategory>().Length)
        .Select(mask => (IReadOnlyList<HardshipCategory>)Enum.GetValues<HardshipCategory>().Where(c => (mask & Bit(c)) != 0).ToArray())
        .ToArray();

    public static IReadOnlyList<HardshipCategory> ToList(int mask) =>
        mask >= 0 && mask < Lists.Length ? Lists[mask] : Enum.GetValues<HardshipCategory>().Where(c => (mask & Bit(c)) != 0).ToList();

    public static string ToText(int mask) => string.Join('|', ToList(mask));
}
