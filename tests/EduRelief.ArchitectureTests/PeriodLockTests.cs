using EduRelief.ArchitectureTests.Support;
using EduRelief.SharedKernel.Periods;

namespace EduRelief.ArchitectureTests;

/// <summary>
/// A year locked as reported is refused by every command that writes records dated in it (ADR 30): a command with a
/// day among its fields declares which of them date its records, or is named here with the reason its days date none.
/// </summary>
public sealed class PeriodLockTests
{
    private static readonly Dictionary<string, string> DatesNoRecord = new(StringComparer.Ordinal)
    {
        ["EduRelief.Modules.Registry.Features.RegisterStudent.RegisterStudentCommand"] = "the birth and enrolment dates describe the child; a category is held from the day it is registered",
        ["EduRelief.Contracts.Registry.ReturnStudentToSchoolCommand"] = "sent by DropoutControl's close, which is checked against the lock itself",
        ["EduRelief.Contracts.Registry.AppendStudentFileEntryCommand"] = "the student file follows what the modules already recorded; it counts nothing",
        ["EduRelief.Modules.Subsidies.Features.AddRate.AddRateCommand"] = "a rate applies to batches built after it, each checked by its term",
        ["EduRelief.Modules.TeacherSupport.Features.SetAllowanceTiers.SetAllowanceTiersCommand"] = "tiers apply to rolls computed after them, each checked by its month",
        ["EduRelief.Modules.SchoolConstruction.Features.PlanProject.PlanProjectCommand"] = "a plan's days are intentions; what is counted is dated when the project moves or spends",
    };

    [Fact]
    public void A_command_with_a_day_among_its_fields_declares_the_days_its_records_are_dated_on()
    {
        var commands = Rule.Selects(
            Messages.TypesIn([.. Assemblies.Modules, .. Assemblies.Contracts], t => Messages.IsCommand(t) && t.GetProperties().Any(IsDay)),
            "commands with a day among their fields");
        Rule.Selects(commands.Where(t => typeof(IDatedCommand).IsAssignableFrom(t)), "commands declaring their dated fields");
        Rule.Holds(
            commands.Where(t => !typeof(IDatedCommand).IsAssignableFrom(t) && !DatesNoRecord.ContainsKey(t.FullName!)).Select(t => t.FullName!),
            "a command with a DateOnly field implements IDatedCommand, or is listed with why its days date no record");
    }

    private static bool IsDay(System.Reflection.PropertyInfo property) =>
        property.PropertyType == typeof(DateOnly) || property.PropertyType == typeof(DateOnly?);
}
