using EduRelief.SharedKernel.Localization;

namespace EduRelief.Host.Http;

/// <summary>What a body or query value of the wrong type should have been, in the caller's language.</summary>
internal static class BindingTexts
{
    public static UserText NotJson() => new("不是有效的 JSON", "is not valid JSON");

    public static UserText Date() => new("须为日期，格式为 YYYY-MM-DD", "must be a date in the form YYYY-MM-DD");

    public static UserText WholeNumber() => new("须为整数", "must be a whole number");

    public static UserText TrueOrFalse() => new("须为 true 或 false", "must be true or false");

    public static UserText Number() => new("须为数字", "must be a number");

    public static UserText NumberOutOfRange() => new("数值过大或过小", "is a number too large or too small");

    public static UserText Text() => new("须为文本", "must be text");

    public static UserText Id() => new("须为 ID", "must be an id");

    public static UserText WrongType() => new("值的类型不正确", "has a value of the wrong type");

    public static UserText WrongFormat() => new("格式不正确", "has the wrong format");
}
