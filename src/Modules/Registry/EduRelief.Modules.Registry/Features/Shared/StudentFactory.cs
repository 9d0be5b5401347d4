using EduRelief.SharedKernel.Primitives;
using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Domain;

namespace EduRelief.Modules.Registry.Features.Shared;

/// <summary>Builds a new student and the facts that go with it, the same way for a single registration and a roster row.</summary>
internal static class StudentFactory
{
    public static Student Create(ValidStudent valid, Guid schoolId, string source, DateTimeOffset now)
    {
        // Time-ordered, but in no order within one "now": an import's students share one, and their ids must not
        // follow the file's order, which may be the national IDs' (ADR 10).
        var id = Guid.CreateVersion7(now);
        var student = new Student
        {
            Id = id,
            NationalId = valid.NationalId.Value,
            ListKey = Student.DrawListKey(),
            Name = valid.Name,
            BirthDate = valid.NationalId.BirthDate,
            Sex = valid.NationalId.Sex,
            SchoolId = schoolId,
            Grade = valid.Grade,
            Boarding = valid.Boarding,
            HouseholdId = valid.HouseholdId,
            CategoryMask = valid.CategoryMask,
            LeftBehind = valid.LeftBehind,
            DisabilityCategory = valid.DisabilityCategory,
            DisabilityGrade = valid.DisabilityGrade,
            Guardian = valid.Guardian,
            Account = valid.Account,
            Status = StudentStatus.Enrolled,
            EnrolledOn = valid.EnrolledOn,
            Version = 1,
            RegisteredBy = source,
            RegisteredAt = now,
            UpdatedAt = now,
        };

        // Categories declared at registration are taken to hold from enrolment; later changes carry their own dates.
        foreach (var category in CategoryMasks.ToList(valid.CategoryMask))
        {
            student.CategoryPeriods.Add(new StudentCategoryPeriod { StudentId = id, Category = category, StartedOn = valid.EnrolledOn, StartSource = source });
        }

        return student;
    }

    public static StudentRegisteredIntegrationEvent Registered(Student student, string schoolCode, string source, DateTimeOffset now) => new()
    {
        EventId = TimeOrderedId.Next(now),
        OccurredAt = now,
        StudentId = student.Id,
        SchoolCode = schoolCode,
        Categories = student.Categories,
        Source = source,
    };
}
