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

    /// <summary>A 19-digit UnionPay card number (62…) with a valid Luhn check digit, unique in the suite.</summary>
    public static string CardNumber()
    {
        var body = "621700" + Interlocked.Increment(ref _sequence).ToString("000000000000", CultureInfo.InvariantCulture);
        return body + LuhnDigit(body);
    }

    /// <summary>A UnionPay card number that is always the same for one student: 62, the ID's first 16 digits, the Luhn digit.</summary>
    public static string CardFor(string nationalId)
    {
        var body = "62" + (nationalId.Length >= 16 && nationalId[..16].All(char.IsAsciiDigit) ? nationalId[..16] : "0000000000000000");
        return body + LuhnDigit(body);
    }

    /// <summary>The Luhn check digit that completes <paramref name="body"/>.</summary>
    public static char LuhnDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                digit = digit > 9 ? digit - 9 : digit;
            }

            sum += digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
