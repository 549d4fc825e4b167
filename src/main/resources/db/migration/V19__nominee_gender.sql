-- An individual nominee's gender (NAM, NU), optional: certificates address the person "Ông" or "Bà".
alter table nominee add column gender varchar(3);
