using System.Text.Json;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Features.UpdateStudent;

internal sealed class UpdateStudentValidator : IValidator<UpdateStudentCommand>
{
    public void Validate(UpdateStudentCommand request, ValidationErrors errors) => Check(request, errors);

    public static StudentPatch Check(UpdateStudentCommand request, ValidationErrors errors)
    {
        if (request.Version is null)
        {
            // Without the version the client read, a change would silently overwrite one made since.
            errors.Add("version", new UserText("必填：请提交读取学生时得到的版本号", "is required: send the version you read the student at"));
        }

        if (request.SchoolCode is not null && string.IsNullOrWhiteSpace(request.SchoolCode))
        {
            errors.Add("schoolCode", new UserText("不能为空", "must not be empty"));
        }

        errors.Range("grade", request.Grade, StudentFieldRules.MinGrade, StudentFieldRules.MaxGrade);
        errors.MaxLength("householdId", request.HouseholdId, 64);

        List<HardshipCategory>? categories = null;
        if (request.Categories is not null)
        {
            categories = [];
            foreach (var code in request.Categories)
            {
                if (errors.Enum<HardshipCategory>("categories", code) is { } category)
                {
                    categories.Add(category);
                }
            }
        }

        var status = errors.Enum<StudentStatus>("status", request.Status, required: false);
        var (given, disabilityCategory, disabilityGrade) = CheckDisability(request.Disability, errors);
        return new StudentPatch(categories, given, disabilityCategory, disabilityGrade, status);
    }

    private static (bool Given, DisabilityCategory? Category, int? Grade) CheckDisability(JsonElement disability, ValidationErrors errors)
    {
        switch (disability.ValueKind)
        {
            case JsonValueKind.Undefined:
                return (false, null, null);
            case JsonValueKind.Null:
                return (true, null, null);
            case JsonValueKind.Object:
                var category = errors.Enum<DisabilityCategory>(
                    "disability.category",
                    disability.TryGetProperty("category", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null);
                int? grade = disability.TryGetProperty("grade", out var g) && g.ValueKind == JsonValueKind.Number && g.TryGetInt32(out var n) ? n : null;
                if (grade is null)
                {
                    errors.Add("disability.grade", new UserText("不能为空（1 级最重 … 4 级）", "is required (1 most severe … 4)"));
                }

                errors.Range("disability.grade", grade, 1, 4);
                return (true, category, grade);
            default:
                errors.Add("disability", new UserText("必须是对象 {category, grade}，或为 null 以删除残疾信息", "must be an object {category, grade} or null to remove it"));
                return (false, null, null);
        }
    }
}
