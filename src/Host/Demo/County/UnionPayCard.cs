namespace EduRelief.Host.Demo.County;

/// <summary>A family's UnionPay card number (一卡通): 62, sixteen digits of the child's ID, and the Luhn check digit a bank checks.</summary>
internal static class UnionPayCard
{
    public static string For(string nationalId)
    {
        var body = "62" + nationalId[..16];
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

        return body + (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
