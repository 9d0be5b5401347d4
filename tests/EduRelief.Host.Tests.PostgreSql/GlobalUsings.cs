// [Fact] and [Theory] in the shared test sources resolve to the skipping attributes below: a using alias wins over the
// Xunit namespace import. xunit 2 has no dynamic skip, so this is how "no PostgreSQL here" becomes SKIPPED.
global using FactAttribute = EduRelief.Host.Tests.PostgreSql.FactAttribute;
global using TheoryAttribute = EduRelief.Host.Tests.PostgreSql.TheoryAttribute;
