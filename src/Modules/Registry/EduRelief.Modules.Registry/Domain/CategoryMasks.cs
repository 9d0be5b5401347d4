using EduRelief.Contracts.Registry;

namespace EduRelief.Modules.Registry.Domain;

/// <summary>Hardship categories kept as a bit set on the student row, so "has category X" is an index-free bit test.</summary>
internal static class CategoryMasks
{
    public static int Bit(HardshipCategory category) => 1 << (int)category;

    public static int From(IEnumerable<HardshipCategory> categories) =>
        categories.Aggregate(0, (mask, category) => mask | Bit(category));

    public static IReadOnlyList<HardshipCategory> ToList(int mask) =>
        Enum.GetValues<HardshipCategory>().Where(c => (mask & Bit(c)) != 0).ToList();

    public static string ToText(int mask) => string.Join('|', ToList(mask));
}
