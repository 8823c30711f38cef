"""Member packets (成员单位填报包): a workbook, a support letter and an e-mail draft per
member going out, and the returned workbooks read and merged back into the application."""
