namespace EduRelief.SharedKernel.Localization;

/// <summary>Words every module says the same way.</summary>
public static class CommonTexts
{
    public static UserText IsRequired() => new("必填", "is required");
}
