using System.Text.Json;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;
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
        var guardianGiven = Part(request.Guardian, "guardian", errors, out var g);
        var guardian = g is null ? null : Guardian.Check(Text(g, "name"), Text(g, "relation"), Text(g, "nationalId"), Text(g, "phone"), errors);
        var accountGiven = Part(request.Account, "account", errors, out var a);
        var account = a is null ? null : PaymentAccount.Check(Text(a, "holder"), Text(a, "bank"), Text(a, "number"), errors);
        return new StudentPatch(categories, given, disabilityCategory, disabilityGrade, status, guardianGiven, guardian, accountGiven, account);
    }

    /// <summary>Whether the part was sent (null removes it); <paramref name="value"/> is the object when one was.</summary>
    private static bool Part(JsonElement part, string field, ValidationErrors errors, out JsonElement? value)
    {
        value = null;
        switch (part.ValueKind)
        {
            case JsonValueKind.Undefined:
                return false;
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.Object:
                value = part;
                return true;
            default:
                errors.Add(field, new UserText("必须是对象，或为 null 以删除", "must be an object, or null to remove it"));
                return false;
        }
    }

    private static string? Text(JsonElement? part, string property) =>
        part is { } p && p.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

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
