using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.Shared;

internal static class StudentQueries
{
    /// <summary>Students with their school and township, read-only, ready for <see cref="RegistryMappings.ToDto(Student)"/>.</summary>
    public static IQueryable<Student> WithSchool(this RegistryDbContext db) =>
        db.Students.AsNoTracking().Include(s => s.School).ThenInclude(s => s!.Township);

    /// <summary>Students as flat rows of their own columns, no entities built; filters may still join the school.</summary>
    public static IQueryable<StudentRow> AsRows(this IQueryable<Student> students) =>
        students.Select(s => new StudentRow(
            s.Id, s.ListKey, s.NationalId, s.Name, s.BirthDate, s.Sex, s.SchoolId, s.Grade, s.Boarding, s.HouseholdId, s.CategoryMask, s.LeftBehind, s.DisabilityCategory, s.DisabilityGrade, s.Status, s.EnrolledOn, s.Version));

    /// <summary>Only students of schools the caller may see.</summary>
    public static IQueryable<Student> InScope(this IQueryable<Student> students, DataScope scope)
    {
        if (scope.All)
        {
            return students;
        }

        var townships = scope.TownshipCodes.ToList();
        var schools = scope.SchoolCodes.ToList();
        return students.Where(s => townships.Contains(s.School!.Township!.Code) || schools.Contains(s.School!.Code));
    }

    public static IQueryable<School> InScope(this IQueryable<School> schools, DataScope scope)
    {
        if (scope.All)
        {
            return schools;
        }

        var townshipCodes = scope.TownshipCodes.ToList();
        var schoolCodes = scope.SchoolCodes.ToList();
        return schools.Where(s => townshipCodes.Contains(s.Township!.Code) || schoolCodes.Contains(s.Code));
    }

    public static IQueryable<Student> Matching(this IQueryable<Student> students, StudentCriteria criteria)
    {
        if (criteria.NationalId is { Length: > 0 } nationalId)
        {
            var normalized = nationalId.Trim().ToUpperInvariant();
            students = students.Where(s => s.NationalId == normalized);
        }

        if (criteria.SchoolCode is { Length: > 0 } schoolCode)
        {
            students = students.Where(s => s.School!.Code == schoolCode);
        }

        if (criteria.TownshipCode is { Length: > 0 } townshipCode)
        {
            students = students.Where(s => s.School!.Township!.Code == townshipCode);
        }

        if (criteria.Stages is { Count: > 0 } stages)
        {
            students = students.Where(s => stages.Contains(s.School!.Stage));
        }

        if (criteria.AnyCategory is { Count: > 0 } categories)
        {
            var mask = CategoryMasks.From(categories);
            students = students.Where(s => (s.CategoryMask & mask) != 0);
        }

        if (criteria.HardshipActiveDuring is { } range)
        {
            var (from, to) = (range.From, range.To);
            students = students.Where(s => s.CategoryPeriods.Any(p => p.StartedOn <= to && (p.EndedOn == null || p.EndedOn >= from)));
        }

        if (criteria.HasHardship is { } hasHardship)
        {
            students = hasHardship ? students.Where(s => s.CategoryMask != 0) : students.Where(s => s.CategoryMask == 0);
        }

        if (criteria.Boarding is { } boarding)
        {
            students = students.Where(s => s.Boarding == boarding);
        }

        if (criteria.LeftBehind is { } leftBehind)
        {
            students = students.Where(s => s.LeftBehind == leftBehind);
        }

        if (criteria.Disabled is { } disabled)
        {
            students = disabled ? students.Where(s => s.DisabilityCategory != null) : students.Where(s => s.DisabilityCategory == null);
        }

        if (criteria.Status is { } status)
        {
            students = students.Where(s => s.Status == status);
        }

        if (criteria.BornBetween is { } born)
        {
            var (bornFrom, bornTo) = (born.From, born.To);
            students = students.Where(s => s.BirthDate >= bornFrom && s.BirthDate <= bornTo);
        }

        if (criteria.StatusOn is { } statusOn)
        {
            students = students.Where(StatusHistory.On(statusOn));
        }

        if (criteria.ChangedInto is { Count: > 0 } windows)
        {
            students = students.Where(StatusHistory.ChangedInto(windows));
        }

        if (criteria.Except is { Count: > 0 } except)
        {
            var ids = except.ToList();
            students = students.Where(s => !ids.Contains(s.Id));
        }

        return students;
    }
}
