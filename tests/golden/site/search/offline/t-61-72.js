/* Offline search index of the archive; loaded by search.js. */
window.archiveSearchLoaded("t-61-72","VY5LDsIwDETvkrU1wmkJhdu0JUJdtJT+oCAkTsPBOAmThA2LsfzG1tgPUw5VM5mD0St0NpLYD5/X+8/0pBzaywrdiCKjtkInZylga3JF9WFWi8VCXcRBLRubs+w4WiSDeoJLqWU4sqKIdJpb38VfRriYHe02OHvYtHSeu2NaaX48Eu+Y5IbSPL8=");
