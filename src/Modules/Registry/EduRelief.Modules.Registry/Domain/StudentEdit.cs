using EduRelief.SharedKernel.Primitives;
using System.Globalization;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Domain;

/// <summary>
/// Applies changes to one student, keeping each as effective-dated history with its source and collecting the
/// integration events that report them. Setting a field to the value it already has records nothing.
/// </summary>
internal sealed class StudentEdit(Student student, DateOnly effectiveOn, string source, DateTimeOffset now)
{
    private readonly List<StudentChange> _changes = [];
    private readonly List<IIntegrationEvent> _events = [];

    public IReadOnlyList<StudentChange> Changes => _changes;

    public IReadOnlyList<IIntegrationEvent> Events => _events;

    public bool HasChanges => _changes.Count > 0;

    public void Name(string name)
    {
        if (student.Name != name)
        {
            Record("name", student.Name, name);
            student.Name = name;
        }
    }

    public void School(School school)
    {
        if (student.SchoolId == school.Id)
        {
            return;
        }

        var from = student.School?.Code ?? student.SchoolId.ToString();
        Record("schoolCode", from, school.Code);
        student.SchoolId = school.Id;
        student.School = school;
        _events.Add(new StudentSchoolChangedIntegrationEvent
        {
            EventId = TimeOrderedId.Next(now),
            OccurredAt = now,
            StudentId = student.Id,
            FromSchoolCode = from,
            ToSchoolCode = school.Code,
            EffectiveOn = effectiveOn,
            Source = source,
        });
    }

    public void Grade(int grade)
    {
        if (student.Grade != grade)
        {
            Record("grade", Text(student.Grade), Text(grade));
            student.Grade = grade;
        }
    }

    public void Boarding(bool boarding)
    {
        if (student.Boarding != boarding)
        {
            Record("boarding", Text(student.Boarding), Text(boarding));
            student.Boarding = boarding;
        }
    }

    public void Household(string? householdId)
    {
        if (student.HouseholdId != householdId)
        {
            Record("householdId", student.HouseholdId, householdId);
            student.HouseholdId = householdId;
        }
    }

    public void LeftBehind(bool leftBehind)
    {
        if (student.LeftBehind != leftBehind)
        {
            Record("leftBehind", Text(student.LeftBehind), Text(leftBehind));
            student.LeftBehind = leftBehind;
        }
    }

    public void Disability(DisabilityCategory? category, int? grade)
    {
        if (student.DisabilityCategory == category && student.DisabilityGrade == grade)
        {
            return;
        }

        Record("disability", DisabilityText(student.DisabilityCategory, student.DisabilityGrade), DisabilityText(category, grade));
        student.DisabilityCategory = category;
        student.DisabilityGrade = grade;
    }

    public void Guardian(Guardian? guardian)
    {
        if (student.Guardian != guardian)
        {
            Record("guardian", student.Guardian?.ToString(), guardian?.ToString());
            student.Guardian = guardian;
        }
    }

    public void Account(PaymentAccount? account)
    {
        if (student.Account != account)
        {
            Record("account", student.Account?.ToString(), account?.ToString());
            student.Account = account;
        }
    }

    public void Status(StudentStatus status)
    {
        if (student.Status == status)
        {
            return;
        }

        var from = student.Status;
        Record(StudentChange.StatusField, from.ToString(), status.ToString());
        student.Status = status;
        _events.Add(new StudentStatusChangedIntegrationEvent
        {
            EventId = TimeOrderedId.Next(now),
            OccurredAt = now,
            StudentId = student.Id,
            From = from,
            To = status,
            EffectiveOn = effectiveOn,
            Source = source,
        });
    }

    /// <summary>Makes the active categories exactly <paramref name="categories"/>: opens and ends periods as needed.</summary>
    public void Categories(IEnumerable<HardshipCategory> categories) =>
        ChangeCategories(CategoryMasks.From(categories), student.CategoryMask);

    public void AddCategory(HardshipCategory category) =>
        ChangeCategories(student.CategoryMask | CategoryMasks.Bit(category), student.CategoryMask);

    public void RemoveCategory(HardshipCategory category) =>
        ChangeCategories(student.CategoryMask & ~CategoryMasks.Bit(category), student.CategoryMask);

    private void ChangeCategories(int target, int current)
    {
        if (target == current)
        {
            return;
        }

        var added = CategoryMasks.ToList(target & ~current);
        var removed = CategoryMasks.ToList(current & ~target);
        foreach (var period in student.CategoryPeriods.Where(p => p.IsOpen && removed.Contains(p.Category)))
        {
            period.End(effectiveOn.AddDays(-1), source);
        }

        foreach (var category in added)
        {
            student.CategoryPeriods.Add(new StudentCategoryPeriod { StudentId = student.Id, Category = category, StartedOn = effectiveOn, StartSource = source });
        }

        Record("categories", CategoryMasks.ToText(current), CategoryMasks.ToText(target));
        student.CategoryMask = target;
        _events.Add(new StudentCategoriesChangedIntegrationEvent
        {
            EventId = TimeOrderedId.Next(now),
            OccurredAt = now,
            StudentId = student.Id,
            Added = added,
            Removed = removed,
            EffectiveOn = effectiveOn,
            Source = source,
        });
    }

    /// <summary>Closes the edit: bumps the version once if anything changed.</summary>
    public void Complete()
    {
        if (HasChanges)
        {
            student.Version++;
            student.UpdatedAt = now;
        }
    }

    private void Record(string field, string? oldValue, string? newValue) =>
        _changes.Add(new StudentChange
        {
            StudentId = student.Id,
            Field = field,
            OldValue = oldValue,
            NewValue = newValue,
            EffectiveOn = effectiveOn,
            Source = source,
            RecordedAt = now,
        });

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(bool value) => value ? "true" : "false";

    private static string? DisabilityText(DisabilityCategory? category, int? grade) =>
        category is null ? null : $"{category}/{grade}";
}
