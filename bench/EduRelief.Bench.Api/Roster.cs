using System.Globalization;
using System.Text;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Bench.Api;

/// <summary>A synthetic roster: valid, unique national IDs; every student poor, compulsory-stage, half boarders, each with a card to be paid into.</summary>
internal static class Roster
{
    public static string WriteCsv(int first, int count, IReadOnlyList<string> schools)
    {
        var path = Path.Combine(Path.GetTempPath(), $"edurelief-bench-roster-{first}-{count}-{Guid.NewGuid():N}.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("national_id,name,school_code,grade,boarding,categories,enrolled_on,account_holder,bank,account_number\n");
        for (var i = first; i < first + count; i++)
        {
            var birth = new DateOnly(2010, 1, 1).AddDays(i % 2500);
            var first17 = string.Concat(
                (110000 + (i / 1000 % 900)).ToString(CultureInfo.InvariantCulture),
                birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                (i % 1000).ToString("000", CultureInfo.InvariantCulture));
            writer.Write(first17);
            writer.Write(NationalId.ComputeCheckCharacter(first17));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $",学生{i},{schools[i % schools.Count]},{1 + (i % 9)},{(i % 2 == 0 ? "true" : "false")},RegisteredPoorHousehold,2021-09-01,家长{i},农村信用社,{Card(first17)}\n"));
        }

        return path;
    }

    /// <summary>A UnionPay card number (62, sixteen digits of the ID, the Luhn check digit), unique as the ID is.</summary>
    private static string Card(string first17)
    {
        var body = "62" + first17[..6] + first17[7..];
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[body.Length - 1 - i] - '0';
            digit = i % 2 == 0 ? digit * 2 : digit;
            sum += digit > 9 ? digit - 9 : digit;
        }

        return body + (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
