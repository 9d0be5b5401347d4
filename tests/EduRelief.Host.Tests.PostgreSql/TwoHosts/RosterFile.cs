using System.Globalization;
using System.Text;
using EduRelief.Host.Tests.Infrastructure;
using EduRelief.Host.Tests.Registry;

namespace EduRelief.Host.Tests.TwoHosts;

/// <summary>A roster file of many students with valid, distinct national IDs, built in memory.</summary>
internal static class RosterFile
{
    /// <summary>
    /// <paramref name="count"/> students spread over <paramref name="schools"/>; the IDs are area 520102, a thousand
    /// per birth date from <paramref name="firstBirthDate"/> on, so they never repeat within a file.
    /// </summary>
    public static (byte[] Csv, string[] NationalIds) Build(
        int count, IReadOnlyList<string> schools, DateOnly firstBirthDate, bool boarding, Func<int, string> categories)
    {
        var ids = new string[count];
        var csv = new StringBuilder(count * 80).Append(RegistryApi.RosterHeader).Append('\n');
        for (var i = 0; i < count; i++)
        {
            var first17 = string.Concat(
                "520102",
                firstBirthDate.AddDays(i / 1000).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                (i % 1000).ToString("000", CultureInfo.InvariantCulture));
            ids[i] = first17 + TestIds.NationalIdCheck(first17);
            csv.Append(RegistryApi.RosterLine(
                    ids[i],
                    schools[i % schools.Count],
                    boarding: boarding ? "true" : "false",
                    categories: categories(i),
                    name: "学生" + i.ToString(CultureInfo.InvariantCulture)))
                .Append('\n');
        }

        return (Encoding.UTF8.GetBytes(csv.ToString()), ids);
    }
}
