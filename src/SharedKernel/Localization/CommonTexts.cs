namespace EduRelief.SharedKernel.Localization;

/// <summary>Words every module says the same way.</summary>
public static class CommonTexts
{
    public static UserText IsRequired() => new("必填", "is required");

    /// <summary>An uploaded CSV file with nothing in it.</summary>
    public static UserText EmptyFile() => new("文件为空；第一行必须是表头行", "is empty; the first line must be the header row");

    /// <summary>A row of an uploaded file naming a national ID an earlier row already named.</summary>
    public static UserText SameNationalIdOnLine(int line) => new($"同一身份证号已在第 {line} 行出现", $"the same national ID is already on line {line}");
}
