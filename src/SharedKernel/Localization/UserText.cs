namespace EduRelief.SharedKernel.Localization;

/// <summary>
/// Words for the people who use the system: Chinese first, the county's language, and English second. Shown in the
/// caller's language (<see cref="UserLanguage"/>). Where a string is expected the text converts to the caller's
/// language at that moment, so build messages inside the request that reports them.
/// </summary>
public sealed record UserText(string Chinese, string English)
{
    public static implicit operator string(UserText text) => text.ToString();

    public override string ToString() => UserLanguage.IsEnglish ? English : Chinese;
}
