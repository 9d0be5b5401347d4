namespace EduRelief.SharedKernel.Localization;

/// <summary>
/// The Chinese word for a kind of record that a "not found" answer names (<c>Student</c> → 学生). The code name stays
/// the key in code and the audit log; a kind not listed here is shown by its code name.
/// </summary>
public static class ResourceNames
{
    public static string Chinese(string resource) => resource switch
    {
        "Student" => "学生",
        "School" => "学校",
        "Township" => "乡镇",
        "Village" => "村",
        "Household" => "家庭",
        "User" => "用户",
        "Job" => "任务",
        "Batch" => "发放批次",
        "Programme" => "资助项目",
        "Building" => "校舍",
        "Project" => "建设项目",
        "Figure" => "统计指标",
        "SummaryTemplate" => "工作总结模板",
        _ => resource,
    };

    /// <summary>The short title of a 404: <c>未找到学生</c> / <c>Student not found</c>.</summary>
    public static UserText NotFoundTitle(string resource) => new($"未找到{Chinese(resource)}", $"{resource} not found");

    /// <summary>The detail of a 404: <c>未找到学生“42”</c> / <c>Student '42' was not found.</c></summary>
    public static UserText NotFound(string resource, string key) => new($"未找到{Chinese(resource)}“{key}”", $"{resource} '{key}' was not found.");
}
