namespace EduRelief.SharedKernel.Primitives;

/// <summary>A bank account or card number as it leaves the system for someone who may not see it in full.</summary>
public static class AccountNumber
{
    /// <summary>All but the last four digits hidden: enough for a family to know which card, not to pay from it.</summary>
    public static string Mask(string number) => number.Length <= 4 ? number : new string('*', number.Length - 4) + number[^4..];
}
