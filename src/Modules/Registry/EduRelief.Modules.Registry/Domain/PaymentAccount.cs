using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Domain;

/// <summary>
/// The account aid is paid into: the family's 惠民惠农“一卡通” card or a bank account. Digits only (spaces as printed
/// on a card are dropped), 12–22 digits; a UnionPay card number (16–19 digits beginning 62, as the 一卡通 cards are)
/// must pass the Luhn check its issuers use, which catches a mistyped or swapped digit before a bank refuses it.
/// </summary>
internal sealed record PaymentAccount(string Holder, string Bank, string Number)
{
    public const int MinDigits = 12;
    public const int MaxDigits = 22;
    public const int MaxTextLength = 50;

    /// <summary>Null when every part is empty: no account. Once any part is given, all three are needed.</summary>
    public static PaymentAccount? Check(string? holder, string? bank, string? number, ValidationErrors errors)
    {
        holder = string.IsNullOrWhiteSpace(holder) ? null : holder.Trim();
        bank = string.IsNullOrWhiteSpace(bank) ? null : bank.Trim();
        number = string.IsNullOrWhiteSpace(number) ? null : number.Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        if (holder is null && bank is null && number is null)
        {
            return null;
        }

        var before = errors.Count;
        errors.Name("account.holder", holder, MaxTextLength);
        errors.Required("account.bank", bank);
        errors.MaxLength("account.bank", bank, MaxTextLength);
        if (number is null)
        {
            errors.Missing("account.number");
        }
        else if (!number.All(char.IsAsciiDigit))
        {
            errors.Add("account.number", new UserText($"“{AccountNumber.Mask(number)}” 含有数字以外的字符；账号只能是数字", $"'{AccountNumber.Mask(number)}' holds characters other than digits; an account number is digits only"));
        }
        else if (number.Length is < MinDigits or > MaxDigits)
        {
            errors.Add("account.number", new UserText(
                $"须为 {MinDigits}–{MaxDigits} 位数字（实际 {number.Length} 位）", $"must be {MinDigits}–{MaxDigits} digits (got {number.Length})"));
        }
        else if (IsUnionPayCard(number) && !PassesLuhn(number))
        {
            errors.Add("account.number", new UserText("银联卡号校验位错误（请核对是否抄错或颠倒了数字）", "fails the UnionPay card number's check digit (a digit mistyped or two swapped?)"));
        }

        return errors.Count > before ? null : new PaymentAccount(holder!, bank!, number!);
    }

    public static bool IsUnionPayCard(string number) => number.Length is >= 16 and <= 19 && number.StartsWith("62", StringComparison.Ordinal);

    public static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    /// <summary>How the history shows it: masked, since the history is read by everyone who reads the file.</summary>
    public override string ToString() => $"{Holder} / {Bank} / {AccountNumber.Mask(Number)}";
}
