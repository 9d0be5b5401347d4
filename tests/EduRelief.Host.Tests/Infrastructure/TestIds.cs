using System.Globalization;
using EduRelief.SharedKernel.Primitives;

namespace EduRelief.Host.Tests.Infrastructure;

/// <summary>Valid, unique national IDs and codes for tests that share one Host.</summary>
public static class TestIds
{
    private static int _sequence;
    private static int _code;

    /// <summary>A valid 18-character ID born on <paramref name="birthDate"/> (default 2015-03-05); unique per call.</summary>
    public static string NationalId(DateOnly? birthDate = null, bool male = true)
    {
        var n = Interlocked.Increment(ref _sequence);
        var area = (520100 + (n / 500 % 99)).ToString(CultureInfo.InvariantCulture);
        var sequence = (n % 500 * 2) + (male ? 1 : 0);
        var first17 = string.Concat(
            area,
            (birthDate ?? new DateOnly(2015, 3, 5)).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            sequence.ToString("000", CultureInfo.InvariantCulture));
        return first17 + NationalIdCheck(first17);
    }

    public static char NationalIdCheck(string first17) => SharedKernel.Primitives.NationalId.ComputeCheckCharacter(first17);

    /// <summary>A national ID whose check character is wrong, and the one it should have.</summary>
    public static (string Id, char Expected) WithWrongCheck()
    {
        var valid = NationalId();
        var wrong = valid[17] == '1' ? '2' : '1';
        return (valid[..17] + wrong, valid[17]);
    }

    public static string Code(string prefix) => prefix + Interlocked.Increment(ref _code).ToString("0000", CultureInfo.InvariantCulture);
}
