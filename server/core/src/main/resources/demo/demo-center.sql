-- OneDoor demo center: Trung tâm Phục vụ Hành chính công tỉnh Long An.
-- Catalog (agencies, fields, procedures, forms), service groups A–F and 12 counters.
-- Rows reference each other only by their codes; ids come from AUTO_INCREMENT.
-- Procedure codes, fees and forms are realistic demo values, not an official extract.

-- Center
INSERT INTO center (code, name, address) VALUES ('LA-TTHCC', 'Trung tâm Phục vụ Hành chính công tỉnh Long An', 'Số 61 đường Nguyễn Huệ, Phường 1, thành phố Tân An, tỉnh Long An');

-- Agencies (cơ quan giải quyết)
INSERT INTO agency (code, name, level) VALUES
    ('000.00.03.H39', 'Sở Tư pháp tỉnh Long An', 'PROVINCE'),
    ('000.00.05.H39', 'Sở Tài nguyên và Môi trường tỉnh Long An', 'PROVINCE'),
    ('000.00.06.H39', 'Sở Kế hoạch và Đầu tư tỉnh Long An', 'PROVINCE'),
    ('000.00.07.H39', 'Sở Xây dựng tỉnh Long An', 'PROVINCE'),
    ('000.00.08.H39', 'Sở Lao động - Thương binh và Xã hội tỉnh Long An', 'PROVINCE'),
    ('000.00.09.H39', 'Sở Giao thông vận tải tỉnh Long An', 'PROVINCE'),
    ('000.00.31.H39', 'Ủy ban nhân dân thành phố Tân An', 'DISTRICT');

-- Fields (lĩnh vực)
INSERT INTO field (code, name) VALUES
    ('HT', 'Hộ tịch'),
    ('LLTP', 'Lý lịch tư pháp'),
    ('CC', 'Công chứng'),
    ('CT', 'Chứng thực'),
    ('DD', 'Đất đai'),
    ('MT', 'Môi trường'),
    ('TNN', 'Tài nguyên nước'),
    ('DKDN', 'Thành lập và hoạt động doanh nghiệp'),
    ('DT', 'Đầu tư tại Việt Nam'),
    ('XD', 'Hoạt động xây dựng'),
    ('NCC', 'Người có công'),
    ('LDVL', 'Lao động - Việc làm'),
    ('BTXH', 'Bảo trợ xã hội'),
    ('DB', 'Đường bộ');

-- Administrative procedures (thủ tục hành chính)
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.000488',
    'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
    (SELECT id FROM agency WHERE code = '000.00.03.H39'),
    (SELECT id FROM field WHERE code = 'LLTP'),
    10, 200000,
    '200.000 đồng/lần/người; sinh viên, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng; trẻ em, người cao tuổi, người khuyết tật, người thuộc hộ nghèo: miễn phí; từ Phiếu thứ 3 trở đi thu thêm 5.000 đồng/Phiếu',
    4,
    'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP; trường hợp ủy quyền dùng Mẫu số 04/2013/TT-LLTP)\nBản chụp Căn cước công dân, Thẻ căn cước hoặc Hộ chiếu của người được cấp Phiếu lý lịch tư pháp\nBản chụp giấy tờ chứng minh nơi thường trú hoặc tạm trú (trường hợp thông tin cư trú chưa có trong Cơ sở dữ liệu quốc gia về dân cư)\nVăn bản ủy quyền có chứng thực (trường hợp ủy quyền cho người khác làm thủ tục; cha, mẹ, vợ, chồng, con không cần văn bản ủy quyền)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.000505',
    'Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, cơ quan tiến hành tố tụng (đối tượng là công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam)',
    (SELECT id FROM agency WHERE code = '000.00.03.H39'),
    (SELECT id FROM field WHERE code = 'LLTP'),
    10, 0,
    'Không thu phí',
    3,
    'Văn bản yêu cầu cấp Phiếu lý lịch tư pháp của cơ quan nhà nước, cơ quan tiến hành tố tụng (Mẫu số 05a/2013/TT-LLTP hoặc Mẫu số 05b/2013/TT-LLTP)\nThông tin về người được cấp Phiếu lý lịch tư pháp: họ, tên, ngày tháng năm sinh, giới tính, quốc tịch, nơi cư trú, số giấy tờ tùy thân');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.000635',
    'Cấp bản sao Trích lục hộ tịch',
    (SELECT id FROM agency WHERE code = '000.00.03.H39'),
    (SELECT id FROM field WHERE code = 'HT'),
    1, 8000,
    '8.000 đồng/bản sao Trích lục hộ tịch',
    3,
    'Tờ khai cấp bản sao Trích lục hộ tịch (cá nhân) hoặc văn bản yêu cầu (cơ quan, tổ chức)\nGiấy tờ tùy thân của người yêu cầu (xuất trình bản chính)\nVăn bản ủy quyền (trường hợp ủy quyền cho người khác thực hiện)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.001756',
    'Đăng ký hoạt động Văn phòng công chứng',
    (SELECT id FROM agency WHERE code = '000.00.03.H39'),
    (SELECT id FROM field WHERE code = 'CC'),
    10, 1000000,
    'Phí thẩm định điều kiện hoạt động Văn phòng công chứng: 1.000.000 đồng/hồ sơ',
    2,
    'Đơn đề nghị đăng ký hoạt động Văn phòng công chứng\nBản sao Quyết định cho phép thành lập Văn phòng công chứng\nGiấy tờ chứng minh về trụ sở của Văn phòng công chứng\nHồ sơ đăng ký hành nghề của công chứng viên hợp danh và công chứng viên làm việc theo chế độ hợp đồng (nếu có)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.001665',
    'Đăng ký hành nghề và cấp Thẻ công chứng viên',
    (SELECT id FROM agency WHERE code = '000.00.03.H39'),
    (SELECT id FROM field WHERE code = 'CC'),
    10, 0,
    NULL,
    2,
    'Đơn đề nghị đăng ký hành nghề và cấp Thẻ công chứng viên\nBản sao Quyết định bổ nhiệm hoặc bổ nhiệm lại công chứng viên\nGiấy tờ chứng minh là thành viên hợp danh của Văn phòng công chứng hoặc hợp đồng lao động với tổ chức hành nghề công chứng\n01 ảnh chân dung cỡ 2 cm x 3 cm');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.000815',
    'Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của nước ngoài; cơ quan, tổ chức có thẩm quyền của Việt Nam liên kết với cơ quan, tổ chức có thẩm quyền của nước ngoài cấp hoặc chứng nhận',
    (SELECT id FROM agency WHERE code = '000.00.31.H39'),
    (SELECT id FROM field WHERE code = 'CT'),
    1, 2000,
    '2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản',
    2,
    'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao (đã được hợp pháp hóa lãnh sự, trừ trường hợp được miễn)\nBản sao cần chứng thực (trường hợp người yêu cầu tự chuẩn bị bản sao)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.000843',
    'Chứng thực chữ ký người dịch mà người dịch là cộng tác viên dịch thuật của Phòng Tư pháp',
    (SELECT id FROM agency WHERE code = '000.00.31.H39'),
    (SELECT id FROM field WHERE code = 'CT'),
    1, 10000,
    '10.000 đồng/trường hợp',
    2,
    'Bản dịch kèm theo giấy tờ, văn bản cần dịch\nGiấy tờ tùy thân của người dịch (xuất trình bản chính)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.000913',
    'Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản',
    (SELECT id FROM agency WHERE code = '000.00.31.H39'),
    (SELECT id FROM field WHERE code = 'CT'),
    2, 50000,
    '50.000 đồng/hợp đồng, giao dịch; sửa đổi, bổ sung hợp đồng: 30.000 đồng/hợp đồng',
    2,
    'Dự thảo hợp đồng, giao dịch\nBản sao giấy tờ tùy thân của người yêu cầu chứng thực (xuất trình bản chính để đối chiếu)\nBản sao giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế đối với tài sản là động sản phải đăng ký quyền sở hữu, quyền sử dụng');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.001193',
    'Đăng ký khai sinh có yếu tố nước ngoài',
    (SELECT id FROM agency WHERE code = '000.00.31.H39'),
    (SELECT id FROM field WHERE code = 'HT'),
    1, 75000,
    'Mức thu theo Nghị quyết của HĐND tỉnh Long An; miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật',
    3,
    'Tờ khai đăng ký khai sinh (theo mẫu)\nGiấy chứng sinh; trường hợp không có giấy chứng sinh thì nộp văn bản của người làm chứng xác nhận về việc sinh\nVăn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con (trường hợp cha hoặc mẹ là người nước ngoài)\nHộ chiếu hoặc giấy tờ có giá trị thay thế hộ chiếu của cha, mẹ là người nước ngoài (xuất trình)\nGiấy tờ chứng minh nơi cư trú của người đi đăng ký (trường hợp chưa có trong Cơ sở dữ liệu quốc gia về dân cư)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.000893',
    'Đăng ký kết hôn có yếu tố nước ngoài',
    (SELECT id FROM agency WHERE code = '000.00.31.H39'),
    (SELECT id FROM field WHERE code = 'HT'),
    15, 1000000,
    'Mức thu theo Nghị quyết của HĐND tỉnh Long An; miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật',
    3,
    'Tờ khai đăng ký kết hôn (theo mẫu) của hai bên nam, nữ\nGiấy tờ chứng minh tình trạng hôn nhân của người nước ngoài do cơ quan có thẩm quyền của nước ngoài cấp, đã hợp pháp hóa lãnh sự và dịch sang tiếng Việt\nGiấy xác nhận của tổ chức y tế có thẩm quyền xác nhận người đó không mắc bệnh tâm thần hoặc bệnh khác mà không có khả năng nhận thức, làm chủ được hành vi của mình\nBản sao hộ chiếu hoặc giấy tờ có giá trị thay thế hộ chiếu (đối với người nước ngoài)\nGiấy xác nhận tình trạng hôn nhân của công dân Việt Nam (trường hợp cư trú tại xã, phường khác)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.000806',
    'Đăng ký khai tử có yếu tố nước ngoài',
    (SELECT id FROM agency WHERE code = '000.00.31.H39'),
    (SELECT id FROM field WHERE code = 'HT'),
    3, 50000,
    'Mức thu theo Nghị quyết của HĐND tỉnh Long An; miễn lệ phí cho người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo, người khuyết tật',
    3,
    'Tờ khai đăng ký khai tử (theo mẫu)\nGiấy báo tử hoặc giấy tờ thay thế Giấy báo tử do cơ quan có thẩm quyền cấp\nGiấy tờ tùy thân của người đi đăng ký khai tử (xuất trình bản chính)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.003010',
    'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất trong các trường hợp chuyển đổi, chuyển nhượng, cho thuê, cho thuê lại, thừa kế, tặng cho, góp vốn bằng quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; chuyển quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất của vợ hoặc chồng thành của chung vợ và chồng',
    (SELECT id FROM agency WHERE code = '000.00.05.H39'),
    (SELECT id FROM field WHERE code = 'DD'),
    10, 100000,
    'Lệ phí cấp Giấy chứng nhận: 100.000 đồng/giấy đối với tổ chức; phí thẩm định hồ sơ theo Nghị quyết của HĐND tỉnh; lệ phí trước bạ và thuế (nếu có) nộp theo thông báo của cơ quan thuế',
    3,
    'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 09/ĐK)\nHợp đồng, văn bản về việc chuyển đổi, chuyển nhượng, cho thuê, thừa kế, tặng cho, góp vốn đã được công chứng hoặc chứng thực theo quy định\nBản gốc Giấy chứng nhận đã cấp\nVăn bản chấp thuận của cơ quan nhà nước có thẩm quyền đối với tổ chức kinh tế nhận chuyển nhượng, nhận góp vốn, thuê quyền sử dụng đất nông nghiệp để thực hiện dự án đầu tư (nếu có)\nTờ khai lệ phí trước bạ, tờ khai thuế thu nhập cá nhân (nếu có)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.002993',
    'Cấp lại Giấy chứng nhận hoặc cấp lại Trang bổ sung của Giấy chứng nhận do bị mất',
    (SELECT id FROM agency WHERE code = '000.00.05.H39'),
    (SELECT id FROM field WHERE code = 'DD'),
    10, 50000,
    '50.000 đồng/giấy đối với tổ chức; phí thẩm định hồ sơ theo Nghị quyết của HĐND tỉnh',
    3,
    'Đơn đề nghị cấp lại Giấy chứng nhận (Mẫu số 10/ĐK)\nGiấy tờ chứng minh đã đăng tin 03 lần trên phương tiện thông tin đại chúng ở địa phương về việc mất Giấy chứng nhận (đối với tổ chức)\nGiấy xác nhận của Ủy ban nhân dân cấp xã về việc đã niêm yết thông báo mất giấy trong thời gian 15 ngày (đối với hộ gia đình, cá nhân)\nGiấy xác nhận của Ủy ban nhân dân cấp xã về việc bị mất Giấy chứng nhận do thiên tai, hỏa hoạn (nếu có)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.002962',
    'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất',
    (SELECT id FROM agency WHERE code = '000.00.05.H39'),
    (SELECT id FROM field WHERE code = 'DD'),
    7, 50000,
    '50.000 đồng/giấy đối với tổ chức; phí thẩm định hồ sơ theo Nghị quyết của HĐND tỉnh',
    3,
    'Đơn đề nghị cấp đổi Giấy chứng nhận (Mẫu số 10/ĐK)\nBản gốc Giấy chứng nhận đã cấp\nBản sao hợp đồng thế chấp quyền sử dụng đất, tài sản gắn liền với đất (trường hợp đang thế chấp tại tổ chức tín dụng)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.002989',
    'Đính chính Giấy chứng nhận đã cấp',
    (SELECT id FROM agency WHERE code = '000.00.05.H39'),
    (SELECT id FROM field WHERE code = 'DD'),
    10, 0,
    NULL,
    2,
    'Đơn đề nghị đính chính Giấy chứng nhận (trường hợp người sử dụng đất, chủ sở hữu tài sản phát hiện sai sót)\nBản gốc Giấy chứng nhận đã cấp\nGiấy tờ chứng minh thông tin đúng (giấy tờ nhân thân, giấy tờ pháp nhân, giấy tờ về tài sản)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.003554',
    'Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
    (SELECT id FROM agency WHERE code = '000.00.05.H39'),
    (SELECT id FROM field WHERE code = 'DD'),
    1, 80000,
    '80.000 đồng/hồ sơ; miễn phí đối với hộ gia đình, cá nhân vay vốn phục vụ phát triển nông nghiệp, nông thôn theo quy định. Hồ sơ nhận sau 15 giờ được giải quyết trong ngày làm việc tiếp theo',
    4,
    'Phiếu yêu cầu đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất (Mẫu số 01a)\nHợp đồng thế chấp có công chứng hoặc chứng thực (bản chính hoặc bản sao có chứng thực)\nBản gốc Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất\nVăn bản ủy quyền (trường hợp người yêu cầu đăng ký là người được ủy quyền)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.003579',
    'Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất',
    (SELECT id FROM agency WHERE code = '000.00.05.H39'),
    (SELECT id FROM field WHERE code = 'DD'),
    1, 20000,
    '20.000 đồng/hồ sơ',
    4,
    'Phiếu yêu cầu xóa đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất (Mẫu số 03a)\nBản gốc Giấy chứng nhận đã cấp\nVăn bản đồng ý xóa đăng ký của bên nhận bảo đảm (trường hợp bên bảo đảm yêu cầu xóa đăng ký)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.004203',
    'Giao đất, cho thuê đất không thông qua đấu giá quyền sử dụng đất đối với dự án phải trình cơ quan nhà nước có thẩm quyền xét duyệt hoặc phải cấp giấy chứng nhận đầu tư mà người xin giao đất, thuê đất là tổ chức, cơ sở tôn giáo, người Việt Nam định cư ở nước ngoài, doanh nghiệp có vốn đầu tư nước ngoài',
    (SELECT id FROM agency WHERE code = '000.00.05.H39'),
    (SELECT id FROM field WHERE code = 'DD'),
    20, 0,
    'Không thu phí; tiền sử dụng đất, tiền thuê đất nộp theo thông báo của cơ quan thuế',
    2,
    'Đơn xin giao đất, cho thuê đất (theo mẫu)\nBản sao Giấy chứng nhận đăng ký đầu tư hoặc văn bản chấp thuận chủ trương đầu tư\nTrích lục bản đồ địa chính hoặc trích đo địa chính thửa đất\nBản sao báo cáo nghiên cứu khả thi hoặc báo cáo kinh tế - kỹ thuật của dự án đầu tư\nVăn bản thẩm định nhu cầu sử dụng đất, điều kiện giao đất, cho thuê đất');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.004177',
    'Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với tổ chức, cơ sở tôn giáo, người Việt Nam định cư ở nước ngoài, doanh nghiệp có vốn đầu tư nước ngoài',
    (SELECT id FROM agency WHERE code = '000.00.05.H39'),
    (SELECT id FROM field WHERE code = 'DD'),
    15, 0,
    'Không thu phí; tiền sử dụng đất (nếu có) nộp theo thông báo của cơ quan thuế',
    2,
    'Đơn xin chuyển mục đích sử dụng đất (theo mẫu)\nBản gốc Giấy chứng nhận đã cấp\nBản sao văn bản chấp thuận chủ trương đầu tư hoặc Giấy chứng nhận đăng ký đầu tư\nBản sao báo cáo nghiên cứu khả thi của dự án đầu tư');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.004269',
    'Cung cấp dữ liệu đất đai',
    (SELECT id FROM agency WHERE code = '000.00.05.H39'),
    (SELECT id FROM field WHERE code = 'DD'),
    3, 50000,
    'Phí khai thác, sử dụng tài liệu đất đai theo Nghị quyết của HĐND tỉnh Long An, từ 50.000 đồng/hồ sơ tùy loại tài liệu',
    4,
    'Phiếu yêu cầu cung cấp dữ liệu đất đai (theo mẫu)\nVăn bản ủy quyền (trường hợp ủy quyền cho người khác thực hiện)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.010727',
    'Thẩm định báo cáo đánh giá tác động môi trường',
    (SELECT id FROM agency WHERE code = '000.00.05.H39'),
    (SELECT id FROM field WHERE code = 'MT'),
    45, 6000000,
    'Phí thẩm định tính theo tổng vốn đầu tư của dự án, từ 6.000.000 đồng/báo cáo, theo Nghị quyết của HĐND tỉnh Long An',
    3,
    'Văn bản đề nghị thẩm định báo cáo đánh giá tác động môi trường\nBáo cáo đánh giá tác động môi trường\nBáo cáo nghiên cứu khả thi hoặc tài liệu tương đương với báo cáo nghiên cứu khả thi của dự án đầu tư');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.010728',
    'Cấp giấy phép môi trường (cấp Tỉnh)',
    (SELECT id FROM agency WHERE code = '000.00.05.H39'),
    (SELECT id FROM field WHERE code = 'MT'),
    30, 6000000,
    'Phí thẩm định cấp giấy phép môi trường theo Nghị quyết của HĐND tỉnh Long An, từ 6.000.000 đồng/hồ sơ tùy quy mô dự án',
    3,
    'Văn bản đề nghị cấp giấy phép môi trường\nBáo cáo đề xuất cấp giấy phép môi trường\nBản sao báo cáo nghiên cứu khả thi hoặc tài liệu tương đương với báo cáo nghiên cứu khả thi của dự án đầu tư');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.010730',
    'Cấp điều chỉnh giấy phép môi trường (cấp Tỉnh)',
    (SELECT id FROM agency WHERE code = '000.00.05.H39'),
    (SELECT id FROM field WHERE code = 'MT'),
    10, 0,
    NULL,
    3,
    'Văn bản đề nghị cấp điều chỉnh giấy phép môi trường\nTài liệu chứng minh nội dung đề nghị điều chỉnh');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.004232',
    'Cấp giấy phép khai thác, sử dụng nước dưới đất đối với công trình có lưu lượng dưới 3.000 m³/ngày đêm',
    (SELECT id FROM agency WHERE code = '000.00.05.H39'),
    (SELECT id FROM field WHERE code = 'TNN'),
    30, 800000,
    'Phí thẩm định đề án, báo cáo khai thác, sử dụng nước dưới đất theo Nghị quyết của HĐND tỉnh Long An, từ 800.000 đồng/hồ sơ tùy lưu lượng',
    3,
    'Đơn đề nghị cấp giấy phép khai thác, sử dụng nước dưới đất\nBáo cáo kết quả thăm dò, đánh giá trữ lượng nước dưới đất kèm theo kết quả phân tích chất lượng nguồn nước không quá 06 tháng\nSơ đồ khu vực và vị trí công trình khai thác nước dưới đất');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.001610',
    'Đăng ký thành lập doanh nghiệp tư nhân',
    (SELECT id FROM agency WHERE code = '000.00.06.H39'),
    (SELECT id FROM field WHERE code = 'DKDN'),
    3, 50000,
    'Lệ phí đăng ký doanh nghiệp 50.000 đồng/lần (miễn lệ phí khi nộp hồ sơ qua mạng điện tử); phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần',
    4,
    'Giấy đề nghị đăng ký doanh nghiệp tư nhân (Phụ lục I-1)\nBản sao giấy tờ pháp lý của cá nhân đối với chủ doanh nghiệp tư nhân');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.002023',
    'Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên',
    (SELECT id FROM agency WHERE code = '000.00.06.H39'),
    (SELECT id FROM field WHERE code = 'DKDN'),
    3, 50000,
    'Lệ phí đăng ký doanh nghiệp 50.000 đồng/lần (miễn lệ phí khi nộp hồ sơ qua mạng điện tử); phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần',
    4,
    'Giấy đề nghị đăng ký công ty trách nhiệm hữu hạn một thành viên (Phụ lục I-2)\nĐiều lệ công ty\nBản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật\nBản sao giấy tờ pháp lý của cá nhân hoặc của tổ chức đối với chủ sở hữu công ty\nVăn bản cử người đại diện theo ủy quyền và bản sao giấy tờ pháp lý của người đại diện theo ủy quyền (trường hợp chủ sở hữu là tổ chức)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.002024',
    'Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên',
    (SELECT id FROM agency WHERE code = '000.00.06.H39'),
    (SELECT id FROM field WHERE code = 'DKDN'),
    3, 50000,
    'Lệ phí đăng ký doanh nghiệp 50.000 đồng/lần (miễn lệ phí khi nộp hồ sơ qua mạng điện tử); phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần',
    4,
    'Giấy đề nghị đăng ký công ty trách nhiệm hữu hạn hai thành viên trở lên (Phụ lục I-3)\nĐiều lệ công ty\nDanh sách thành viên công ty trách nhiệm hữu hạn hai thành viên trở lên (Phụ lục I-6)\nBản sao giấy tờ pháp lý của cá nhân đối với thành viên là cá nhân và người đại diện theo pháp luật\nBản sao giấy tờ pháp lý của tổ chức đối với thành viên là tổ chức, kèm văn bản cử người đại diện theo ủy quyền\nBản sao Giấy chứng nhận đăng ký đầu tư (trường hợp có thành viên là nhà đầu tư nước ngoài)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.002025',
    'Đăng ký thành lập công ty cổ phần',
    (SELECT id FROM agency WHERE code = '000.00.06.H39'),
    (SELECT id FROM field WHERE code = 'DKDN'),
    3, 50000,
    'Lệ phí đăng ký doanh nghiệp 50.000 đồng/lần (miễn lệ phí khi nộp hồ sơ qua mạng điện tử); phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần',
    4,
    'Giấy đề nghị đăng ký công ty cổ phần (Phụ lục I-4)\nĐiều lệ công ty\nDanh sách cổ đông sáng lập công ty cổ phần (Phụ lục I-7) và danh sách cổ đông là nhà đầu tư nước ngoài (Phụ lục I-8, nếu có)\nBản sao giấy tờ pháp lý của cá nhân đối với cổ đông sáng lập là cá nhân và người đại diện theo pháp luật\nBản sao giấy tờ pháp lý của tổ chức đối với cổ đông sáng lập là tổ chức, kèm văn bản cử người đại diện theo ủy quyền');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.002042',
    'Cấp lại Giấy chứng nhận đăng ký doanh nghiệp',
    (SELECT id FROM agency WHERE code = '000.00.06.H39'),
    (SELECT id FROM field WHERE code = 'DKDN'),
    3, 50000,
    'Lệ phí 50.000 đồng/lần; miễn lệ phí khi nộp hồ sơ qua mạng điện tử',
    4,
    'Giấy đề nghị cấp lại Giấy chứng nhận đăng ký doanh nghiệp\nBản gốc Giấy chứng nhận đăng ký doanh nghiệp (trường hợp bị cháy, rách, nát, tiêu hủy một phần)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.002035',
    'Đăng ký thay đổi người đại diện theo pháp luật của công ty trách nhiệm hữu hạn, công ty cổ phần',
    (SELECT id FROM agency WHERE code = '000.00.06.H39'),
    (SELECT id FROM field WHERE code = 'DKDN'),
    3, 50000,
    'Lệ phí đăng ký doanh nghiệp 50.000 đồng/lần (miễn lệ phí khi nộp hồ sơ qua mạng điện tử); phí công bố nội dung đăng ký doanh nghiệp 100.000 đồng/lần',
    4,
    'Thông báo thay đổi nội dung đăng ký doanh nghiệp do người đại diện theo pháp luật ký\nBản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật mới\nNghị quyết, quyết định của chủ sở hữu công ty, Hội đồng thành viên hoặc Đại hội đồng cổ đông, Hội đồng quản trị về việc thay đổi người đại diện theo pháp luật\nBản sao biên bản họp Hội đồng thành viên, Đại hội đồng cổ đông hoặc Hội đồng quản trị');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.002048',
    'Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (doanh nghiệp, chi nhánh, văn phòng đại diện, địa điểm kinh doanh)',
    (SELECT id FROM agency WHERE code = '000.00.06.H39'),
    (SELECT id FROM field WHERE code = 'DKDN'),
    3, 0,
    NULL,
    4,
    'Thông báo về việc tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo (Phụ lục II-19)\nNghị quyết, quyết định và bản sao biên bản họp của Hội đồng thành viên, Đại hội đồng cổ đông hoặc Hội đồng quản trị về việc tạm ngừng kinh doanh (đối với công ty)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.002051',
    'Giải thể doanh nghiệp',
    (SELECT id FROM agency WHERE code = '000.00.06.H39'),
    (SELECT id FROM field WHERE code = 'DKDN'),
    5, 0,
    NULL,
    4,
    'Thông báo về giải thể doanh nghiệp\nBáo cáo thanh lý tài sản doanh nghiệp; danh sách chủ nợ và số nợ đã thanh toán, gồm cả thanh toán hết các khoản nợ về thuế và nợ tiền đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp\nDanh sách người lao động và quyền lợi người lao động đã được giải quyết (nếu có)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.001894',
    'Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh',
    (SELECT id FROM agency WHERE code = '000.00.06.H39'),
    (SELECT id FROM field WHERE code = 'DT'),
    35, 0,
    NULL,
    3,
    'Văn bản đề nghị thực hiện dự án đầu tư (Mẫu A.I.1)\nTài liệu về tư cách pháp lý của nhà đầu tư\nTài liệu chứng minh năng lực tài chính của nhà đầu tư (báo cáo tài chính 02 năm gần nhất, cam kết hỗ trợ tài chính của công ty mẹ hoặc tổ chức tài chính)\nĐề xuất dự án đầu tư\nBản sao giấy tờ về quyền sử dụng đất hoặc tài liệu khác xác định quyền sử dụng địa điểm để thực hiện dự án (trường hợp không đề nghị Nhà nước giao đất, cho thuê đất)\nGiải trình về sử dụng công nghệ (đối với dự án thuộc diện thẩm định, lấy ý kiến về công nghệ)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.001922',
    'Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư',
    (SELECT id FROM agency WHERE code = '000.00.06.H39'),
    (SELECT id FROM field WHERE code = 'DT'),
    15, 0,
    NULL,
    3,
    'Văn bản đề nghị thực hiện dự án đầu tư (Mẫu A.I.1)\nTài liệu về tư cách pháp lý của nhà đầu tư\nTài liệu chứng minh năng lực tài chính của nhà đầu tư\nĐề xuất dự án đầu tư\nBản sao giấy tờ về quyền sử dụng đất hoặc tài liệu xác định quyền sử dụng địa điểm để thực hiện dự án');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.001929',
    'Điều chỉnh Giấy chứng nhận đăng ký đầu tư đối với trường hợp không thuộc diện chấp thuận điều chỉnh chủ trương đầu tư',
    (SELECT id FROM agency WHERE code = '000.00.06.H39'),
    (SELECT id FROM field WHERE code = 'DT'),
    10, 0,
    NULL,
    3,
    'Văn bản đề nghị điều chỉnh dự án đầu tư\nBáo cáo tình hình thực hiện dự án đầu tư đến thời điểm điều chỉnh\nQuyết định của nhà đầu tư về việc điều chỉnh dự án đầu tư\nTài liệu giải trình, bổ sung liên quan đến nội dung điều chỉnh');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.009972',
    'Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II (công trình không theo tuyến/theo tuyến trong đô thị/tín ngưỡng, tôn giáo/tượng đài, tranh hoành tráng/theo giai đoạn cho công trình không theo tuyến/theo giai đoạn cho công trình theo tuyến trong đô thị/dự án)',
    (SELECT id FROM agency WHERE code = '000.00.07.H39'),
    (SELECT id FROM field WHERE code = 'XD'),
    20, 150000,
    'Lệ phí cấp giấy phép xây dựng công trình: 150.000 đồng/giấy phép, theo Nghị quyết của HĐND tỉnh Long An',
    3,
    'Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định số 15/2021/NĐ-CP)\nBản sao giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai\nBản sao quyết định phê duyệt dự án, văn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng và văn bản thẩm định thiết kế về phòng cháy, chữa cháy (nếu có)\nVăn bản kết quả thực hiện thủ tục về bảo vệ môi trường theo quy định của pháp luật về bảo vệ môi trường\n02 bộ bản vẽ thiết kế xây dựng trong hồ sơ thiết kế xây dựng triển khai sau thiết kế cơ sở được phê duyệt\nBản kê khai năng lực, kinh nghiệm của tổ chức thiết kế, cá nhân là chủ nhiệm, chủ trì thiết kế xây dựng, kèm theo bản sao chứng chỉ năng lực, chứng chỉ hành nghề');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.009974',
    'Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình cấp đặc biệt, cấp I, cấp II (công trình không theo tuyến/theo tuyến trong đô thị/tín ngưỡng, tôn giáo/tượng đài, tranh hoành tráng)',
    (SELECT id FROM agency WHERE code = '000.00.07.H39'),
    (SELECT id FROM field WHERE code = 'XD'),
    20, 150000,
    'Lệ phí cấp giấy phép xây dựng công trình: 150.000 đồng/giấy phép, theo Nghị quyết của HĐND tỉnh Long An',
    3,
    'Đơn đề nghị cấp giấy phép sửa chữa, cải tạo công trình (Mẫu số 01 Phụ lục II Nghị định số 15/2021/NĐ-CP)\nBản sao giấy tờ chứng minh quyền sử dụng đất, quyền sở hữu công trình theo quy định của pháp luật\nBản vẽ, ảnh chụp hiện trạng của bộ phận, hạng mục công trình đề nghị được sửa chữa, cải tạo\n02 bộ bản vẽ thiết kế xây dựng của bộ phận, hạng mục công trình đề nghị sửa chữa, cải tạo\nVăn bản thông báo kết quả thẩm định của cơ quan chuyên môn về xây dựng (nếu có)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.009975',
    'Cấp giấy phép di dời đối với công trình cấp đặc biệt, cấp I, cấp II (công trình không theo tuyến/theo tuyến trong đô thị/tín ngưỡng, tôn giáo/tượng đài, tranh hoành tráng)',
    (SELECT id FROM agency WHERE code = '000.00.07.H39'),
    (SELECT id FROM field WHERE code = 'XD'),
    20, 150000,
    'Lệ phí cấp giấy phép xây dựng công trình: 150.000 đồng/giấy phép, theo Nghị quyết của HĐND tỉnh Long An',
    2,
    'Đơn đề nghị cấp giấy phép di dời công trình (Mẫu số 01 Phụ lục II Nghị định số 15/2021/NĐ-CP)\nBản sao giấy tờ chứng minh quyền sử dụng đất nơi công trình sẽ di dời đến và giấy tờ hợp pháp về sở hữu công trình\nBản vẽ hoàn công công trình hoặc bản vẽ thiết kế mô tả thực trạng công trình được di dời\nBáo cáo kết quả khảo sát đánh giá chất lượng hiện trạng của công trình do tổ chức, cá nhân có đủ điều kiện năng lực thực hiện\nPhương án di dời do tổ chức, cá nhân có đủ điều kiện năng lực thực hiện');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.009976',
    'Gia hạn giấy phép xây dựng đối với công trình cấp đặc biệt, cấp I, cấp II (công trình không theo tuyến/theo tuyến trong đô thị/tín ngưỡng, tôn giáo/tượng đài, tranh hoành tráng)',
    (SELECT id FROM agency WHERE code = '000.00.07.H39'),
    (SELECT id FROM field WHERE code = 'XD'),
    5, 15000,
    'Lệ phí gia hạn giấy phép xây dựng: 15.000 đồng/giấy phép, theo Nghị quyết của HĐND tỉnh Long An',
    3,
    'Đơn đề nghị gia hạn giấy phép xây dựng (Mẫu số 02 Phụ lục II Nghị định số 15/2021/NĐ-CP)\nBản chính giấy phép xây dựng đã được cấp');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.009977',
    'Cấp lại giấy phép xây dựng đối với công trình cấp đặc biệt, cấp I, cấp II (công trình không theo tuyến/theo tuyến trong đô thị/tín ngưỡng, tôn giáo/tượng đài, tranh hoành tráng)',
    (SELECT id FROM agency WHERE code = '000.00.07.H39'),
    (SELECT id FROM field WHERE code = 'XD'),
    5, 15000,
    'Lệ phí cấp lại giấy phép xây dựng: 15.000 đồng/giấy phép, theo Nghị quyết của HĐND tỉnh Long An',
    3,
    'Đơn đề nghị cấp lại giấy phép xây dựng (Mẫu số 02 Phụ lục II Nghị định số 15/2021/NĐ-CP), nêu rõ lý do đề nghị cấp lại\nBản chính giấy phép xây dựng đã được cấp (trường hợp bị rách, nát)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.009986',
    'Cấp chứng chỉ hành nghề hoạt động xây dựng lần đầu hạng II, hạng III',
    (SELECT id FROM agency WHERE code = '000.00.07.H39'),
    (SELECT id FROM field WHERE code = 'XD'),
    20, 300000,
    'Lệ phí cấp chứng chỉ hành nghề hoạt động xây dựng: 300.000 đồng/chứng chỉ',
    4,
    'Đơn đề nghị cấp chứng chỉ hành nghề hoạt động xây dựng (Mẫu số 01 Phụ lục IV Nghị định số 15/2021/NĐ-CP)\n01 ảnh màu cỡ 4 cm x 6 cm, nền trắng, chân dung của người đề nghị chụp không quá 06 tháng\nVăn bằng do cơ sở đào tạo hợp pháp cấp phù hợp với loại, hạng chứng chỉ đề nghị cấp\nBản kê khai kinh nghiệm thực hiện công việc hoặc tham gia hoạt động xây dựng\nKết quả sát hạch đạt yêu cầu (trường hợp đã sát hạch trước khi nộp hồ sơ)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.009990',
    'Cấp chứng chỉ năng lực hoạt động xây dựng lần đầu hạng II, hạng III',
    (SELECT id FROM agency WHERE code = '000.00.07.H39'),
    (SELECT id FROM field WHERE code = 'XD'),
    20, 1000000,
    'Lệ phí cấp chứng chỉ năng lực hoạt động xây dựng: 1.000.000 đồng/chứng chỉ',
    4,
    'Đơn đề nghị cấp chứng chỉ năng lực hoạt động xây dựng (Mẫu số 04 Phụ lục IV Nghị định số 15/2021/NĐ-CP)\nQuyết định thành lập tổ chức (trường hợp có quyết định thành lập)\nBản kê khai mã số chứng chỉ hành nghề của các chức danh yêu cầu phải có chứng chỉ hành nghề\nBản kê khai kinh nghiệm hoạt động xây dựng của tổ chức kèm theo văn bản chứng minh kinh nghiệm');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.010819',
    'Cấp bổ sung hoặc cấp lại giấy chứng nhận người có công do ngành Lao động - Thương binh và Xã hội quản lý và giấy chứng nhận thân nhân liệt sĩ',
    (SELECT id FROM agency WHERE code = '000.00.08.H39'),
    (SELECT id FROM field WHERE code = 'NCC'),
    5, 0,
    NULL,
    3,
    'Đơn đề nghị cấp bổ sung hoặc cấp lại giấy chứng nhận (theo mẫu)\nGiấy chứng nhận đã được cấp (trường hợp bị hư hỏng)\nGiấy tờ chứng minh thông tin cần điều chỉnh, bổ sung (nếu có)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.010828',
    'Di chuyển hồ sơ khi người hưởng trợ cấp ưu đãi thay đổi nơi thường trú',
    (SELECT id FROM agency WHERE code = '000.00.08.H39'),
    (SELECT id FROM field WHERE code = 'NCC'),
    5, 0,
    NULL,
    3,
    'Đơn đề nghị di chuyển hồ sơ người có công (theo mẫu)\nBản sao giấy tờ chứng minh nơi thường trú mới (trường hợp chưa có trong Cơ sở dữ liệu quốc gia về dân cư)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.000105',
    'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
    (SELECT id FROM agency WHERE code = '000.00.08.H39'),
    (SELECT id FROM field WHERE code = 'LDVL'),
    5, 600000,
    'Cấp mới: 600.000 đồng/giấy phép, theo Nghị quyết của HĐND tỉnh Long An',
    4,
    'Văn bản đề nghị cấp giấy phép lao động của người sử dụng lao động (Mẫu số 11/PLI Nghị định số 152/2020/NĐ-CP)\nGiấy chứng nhận sức khỏe hoặc giấy khám sức khỏe do cơ quan, tổ chức y tế có thẩm quyền cấp có giá trị trong thời hạn 12 tháng\nPhiếu lý lịch tư pháp hoặc văn bản xác nhận không phải là người phạm tội hoặc bị truy cứu trách nhiệm hình sự, cấp không quá 06 tháng\nVăn bản, giấy tờ chứng minh là nhà quản lý, giám đốc điều hành, chuyên gia hoặc lao động kỹ thuật\n02 ảnh màu cỡ 4 cm x 6 cm, phông nền trắng, chụp không quá 06 tháng\nBản sao hộ chiếu còn giá trị\nVăn bản chấp thuận nhu cầu sử dụng người lao động nước ngoài');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.000459',
    'Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
    (SELECT id FROM agency WHERE code = '000.00.08.H39'),
    (SELECT id FROM field WHERE code = 'LDVL'),
    3, 450000,
    'Cấp lại: 450.000 đồng/giấy phép, theo Nghị quyết của HĐND tỉnh Long An',
    4,
    'Văn bản đề nghị cấp lại giấy phép lao động của người sử dụng lao động (Mẫu số 11/PLI Nghị định số 152/2020/NĐ-CP)\n02 ảnh màu cỡ 4 cm x 6 cm, phông nền trắng, chụp không quá 06 tháng\nGiấy phép lao động còn thời hạn đã được cấp (trừ trường hợp bị mất)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.000479',
    'Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động',
    (SELECT id FROM agency WHERE code = '000.00.08.H39'),
    (SELECT id FROM field WHERE code = 'LDVL'),
    5, 0,
    NULL,
    4,
    'Văn bản đề nghị xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động\nGiấy chứng nhận sức khỏe hoặc giấy khám sức khỏe có giá trị trong thời hạn 12 tháng\nBản sao hộ chiếu còn giá trị\nGiấy tờ chứng minh người lao động nước ngoài không thuộc diện cấp giấy phép lao động');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.001978',
    'Giải quyết hưởng trợ cấp thất nghiệp',
    (SELECT id FROM agency WHERE code = '000.00.08.H39'),
    (SELECT id FROM field WHERE code = 'LDVL'),
    20, 0,
    NULL,
    3,
    'Đề nghị hưởng trợ cấp thất nghiệp (theo mẫu)\nBản chính hoặc bản sao có chứng thực của một trong các giấy tờ xác nhận về việc chấm dứt hợp đồng lao động hoặc hợp đồng làm việc\nSổ bảo hiểm xã hội');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.000286',
    'Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập thuộc thẩm quyền thành lập của Sở Lao động - Thương binh và Xã hội',
    (SELECT id FROM agency WHERE code = '000.00.08.H39'),
    (SELECT id FROM field WHERE code = 'BTXH'),
    5, 0,
    NULL,
    2,
    'Tờ khai đăng ký thành lập cơ sở trợ giúp xã hội (theo mẫu)\nDự thảo quy chế hoạt động của cơ sở trợ giúp xã hội\nBản sao giấy tờ chứng minh quyền sử dụng đất, quyền sở hữu nhà ở hoặc hợp đồng thuê trụ sở\nPhiếu lý lịch tư pháp của người đứng đầu cơ sở trợ giúp xã hội');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '2.000294',
    'Cấp giấy phép hoạt động đối với cơ sở trợ giúp xã hội có giấy chứng nhận đăng ký thành lập thuộc thẩm quyền của Sở Lao động - Thương binh và Xã hội',
    (SELECT id FROM agency WHERE code = '000.00.08.H39'),
    (SELECT id FROM field WHERE code = 'BTXH'),
    15, 0,
    NULL,
    2,
    'Văn bản đề nghị cấp giấy phép hoạt động (theo mẫu)\nBản sao giấy chứng nhận đăng ký thành lập cơ sở trợ giúp xã hội\nQuy chế hoạt động của cơ sở trợ giúp xã hội\nDanh sách nhân viên kèm bản sao văn bằng, chứng chỉ chuyên môn của người làm công tác trợ giúp xã hội');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.002809',
    'Đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
    (SELECT id FROM agency WHERE code = '000.00.09.H39'),
    (SELECT id FROM field WHERE code = 'DB'),
    5, 135000,
    '135.000 đồng/lần cấp; nộp hồ sơ trực tuyến toàn trình: 115.000 đồng/lần cấp',
    4,
    'Đơn đề nghị đổi, cấp lại giấy phép lái xe (theo mẫu)\nBản sao giấy phép lái xe còn thời hạn hoặc hết thời hạn sử dụng\nGiấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp (trừ trường hợp đổi giấy phép lái xe hạng A1, A2, A3)\nBản sao Căn cước công dân, Thẻ căn cước hoặc Hộ chiếu còn thời hạn (xuất trình bản chính để đối chiếu)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.002804',
    'Đổi giấy phép lái xe quân sự do Bộ Quốc phòng cấp',
    (SELECT id FROM agency WHERE code = '000.00.09.H39'),
    (SELECT id FROM field WHERE code = 'DB'),
    5, 135000,
    '135.000 đồng/lần cấp; nộp hồ sơ trực tuyến toàn trình: 115.000 đồng/lần cấp',
    3,
    'Đơn đề nghị đổi giấy phép lái xe (theo mẫu)\nQuyết định ra quân hoặc giấy giới thiệu của Thủ trưởng cấp trung đoàn trở lên\nBản sao giấy phép lái xe quân sự còn thời hạn sử dụng\nGiấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.002793',
    'Đổi giấy phép lái xe hoặc bằng lái xe của nước ngoài cấp',
    (SELECT id FROM agency WHERE code = '000.00.09.H39'),
    (SELECT id FROM field WHERE code = 'DB'),
    5, 135000,
    '135.000 đồng/lần cấp',
    3,
    'Đơn đề nghị đổi giấy phép lái xe (theo mẫu)\nBản dịch giấy phép lái xe nước ngoài ra tiếng Việt được bảo chứng chất lượng dịch thuật hoặc có công chứng, chứng thực\nBản sao hộ chiếu còn thời hạn, thị thực nhập cảnh, thẻ thường trú hoặc thẻ tạm trú (đối với người nước ngoài)');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.001777',
    'Cấp Giấy phép lái xe quốc tế',
    (SELECT id FROM agency WHERE code = '000.00.09.H39'),
    (SELECT id FROM field WHERE code = 'DB'),
    5, 135000,
    '135.000 đồng/lần cấp; nộp hồ sơ trực tuyến toàn trình: 115.000 đồng/lần cấp',
    4,
    'Tờ khai đề nghị cấp Giấy phép lái xe quốc tế (theo mẫu)\nBản sao giấy phép lái xe quốc gia do Việt Nam cấp còn thời hạn (xuất trình bản chính để đối chiếu)\nBản sao hộ chiếu còn thời hạn');
INSERT INTO admin_procedure (code, name, agency_id, field_id, processing_days, fee_vnd, fee_note, online_level, required_documents) VALUES (
    '1.002859',
    'Cấp phù hiệu xe ô tô kinh doanh vận tải (kinh doanh vận tải hành khách: bằng xe ô tô theo tuyến cố định, xe buýt theo tuyến cố định, xe taxi, xe hợp đồng; kinh doanh vận tải hàng hóa: bằng công-ten-nơ, xe đầu kéo kéo rơ moóc hoặc sơ mi rơ moóc, xe ô tô tải kinh doanh vận tải hàng hóa thông thường và xe taxi tải)',
    (SELECT id FROM agency WHERE code = '000.00.09.H39'),
    (SELECT id FROM field WHERE code = 'DB'),
    2, 0,
    NULL,
    4,
    'Giấy đề nghị cấp phù hiệu (theo mẫu)\nBản sao Giấy đăng ký xe ô tô hoặc bản sao giấy hẹn cấp Giấy đăng ký xe ô tô\nBản sao hợp đồng thuê phương tiện hoặc hợp đồng hợp tác kinh doanh (trường hợp phương tiện không thuộc sở hữu của đơn vị kinh doanh vận tải)');

-- Forms (mẫu đơn, tờ khai)
INSERT INTO procedure_form (procedure_id, code, name, file_name) VALUES
    ((SELECT id FROM admin_procedure WHERE code = '2.000488'), 'Mẫu số 03/2013/TT-LLTP', 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (dùng cho cá nhân có yêu cầu cấp Phiếu lý lịch tư pháp)', 'ly-lich-tu-phap-mau-03.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '2.000488'), 'Mẫu số 04/2013/TT-LLTP', 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (dùng cho cá nhân ủy quyền yêu cầu cấp Phiếu lý lịch tư pháp)', 'ly-lich-tu-phap-mau-04.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '2.000505'), 'Mẫu số 05a/2013/TT-LLTP', 'Văn bản yêu cầu cấp Phiếu lý lịch tư pháp số 1 (dùng cho cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội)', 'ly-lich-tu-phap-mau-05a.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '2.000505'), 'Mẫu số 05b/2013/TT-LLTP', 'Văn bản yêu cầu cấp Phiếu lý lịch tư pháp (dùng cho cơ quan tiến hành tố tụng)', 'ly-lich-tu-phap-mau-05b.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.001193'), 'TT 04/2020/TT-BTP', 'Tờ khai đăng ký khai sinh', 'to-khai-dang-ky-khai-sinh.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.000893'), 'TT 04/2020/TT-BTP', 'Tờ khai đăng ký kết hôn', 'to-khai-dang-ky-ket-hon.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '2.000806'), 'TT 04/2020/TT-BTP', 'Tờ khai đăng ký khai tử', 'to-khai-dang-ky-khai-tu.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.003010'), 'Mẫu số 09/ĐK', 'Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu số 09/ĐK)', 'don-dang-ky-bien-dong-dat-dai-mau-09-dk.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.002993'), 'Mẫu số 10/ĐK', 'Đơn đề nghị cấp lại, cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (Mẫu số 10/ĐK)', 'don-de-nghi-cap-lai-cap-doi-gcn-mau-10-dk.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.002962'), 'Mẫu số 10/ĐK', 'Đơn đề nghị cấp lại, cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất (Mẫu số 10/ĐK)', 'don-de-nghi-cap-lai-cap-doi-gcn-mau-10-dk.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.003554'), 'Mẫu số 01a', 'Phiếu yêu cầu đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất', 'phieu-yeu-cau-dang-ky-the-chap-mau-01a.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.003579'), 'Mẫu số 03a', 'Phiếu yêu cầu xóa đăng ký biện pháp bảo đảm bằng quyền sử dụng đất, tài sản gắn liền với đất', 'phieu-yeu-cau-xoa-dang-ky-the-chap-mau-03a.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '2.001610'), 'Phụ lục I-1', 'Giấy đề nghị đăng ký doanh nghiệp tư nhân', 'giay-de-nghi-dang-ky-dntn-phu-luc-i-1.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '2.002023'), 'Phụ lục I-2', 'Giấy đề nghị đăng ký công ty trách nhiệm hữu hạn một thành viên', 'giay-de-nghi-dang-ky-cong-ty-tnhh-1tv-phu-luc-i-2.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '2.002024'), 'Phụ lục I-3', 'Giấy đề nghị đăng ký công ty trách nhiệm hữu hạn hai thành viên trở lên', 'giay-de-nghi-dang-ky-cong-ty-tnhh-2tv-phu-luc-i-3.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '2.002024'), 'Phụ lục I-6', 'Danh sách thành viên công ty trách nhiệm hữu hạn hai thành viên trở lên', 'danh-sach-thanh-vien-cong-ty-tnhh-phu-luc-i-6.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '2.002025'), 'Phụ lục I-4', 'Giấy đề nghị đăng ký công ty cổ phần', 'giay-de-nghi-dang-ky-cong-ty-co-phan-phu-luc-i-4.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '2.002025'), 'Phụ lục I-7', 'Danh sách cổ đông sáng lập công ty cổ phần', 'danh-sach-co-dong-sang-lap-phu-luc-i-7.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '2.002048'), 'Phụ lục II-19', 'Thông báo về việc tạm ngừng kinh doanh/tiếp tục kinh doanh trước thời hạn đã thông báo', 'thong-bao-tam-ngung-kinh-doanh-phu-luc-ii-19.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '2.001894'), 'Mẫu A.I.1', 'Văn bản đề nghị thực hiện dự án đầu tư', 'van-ban-de-nghi-thuc-hien-du-an-dau-tu-mau-a-i-1.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '2.001922'), 'Mẫu A.I.1', 'Văn bản đề nghị thực hiện dự án đầu tư', 'van-ban-de-nghi-thuc-hien-du-an-dau-tu-mau-a-i-1.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.009972'), 'Mẫu số 01 Phụ lục II NĐ 15/2021/NĐ-CP', 'Đơn đề nghị cấp giấy phép xây dựng', 'don-de-nghi-cap-giay-phep-xay-dung-mau-01.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.009974'), 'Mẫu số 01 Phụ lục II NĐ 15/2021/NĐ-CP', 'Đơn đề nghị cấp giấy phép xây dựng (sử dụng cho công trình sửa chữa, cải tạo)', 'don-de-nghi-cap-giay-phep-xay-dung-mau-01.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.009975'), 'Mẫu số 01 Phụ lục II NĐ 15/2021/NĐ-CP', 'Đơn đề nghị cấp giấy phép xây dựng (sử dụng cho di dời công trình)', 'don-de-nghi-cap-giay-phep-xay-dung-mau-01.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.009976'), 'Mẫu số 02 Phụ lục II NĐ 15/2021/NĐ-CP', 'Đơn đề nghị gia hạn/cấp lại giấy phép xây dựng', 'don-de-nghi-gia-han-cap-lai-giay-phep-xay-dung-mau-02.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.009977'), 'Mẫu số 02 Phụ lục II NĐ 15/2021/NĐ-CP', 'Đơn đề nghị gia hạn/cấp lại giấy phép xây dựng', 'don-de-nghi-gia-han-cap-lai-giay-phep-xay-dung-mau-02.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.009986'), 'Mẫu số 01 Phụ lục IV NĐ 15/2021/NĐ-CP', 'Đơn đề nghị cấp chứng chỉ hành nghề hoạt động xây dựng', 'don-de-nghi-cap-chung-chi-hanh-nghe-xay-dung.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.000105'), 'Mẫu số 11/PLI', 'Văn bản đề nghị cấp/cấp lại/gia hạn giấy phép lao động (Mẫu số 11/PLI)', 'de-nghi-cap-giay-phep-lao-dong-mau-11-pli.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.000459'), 'Mẫu số 11/PLI', 'Văn bản đề nghị cấp/cấp lại/gia hạn giấy phép lao động (Mẫu số 11/PLI)', 'de-nghi-cap-giay-phep-lao-dong-mau-11-pli.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.001978'), 'Mẫu số 03', 'Đề nghị hưởng trợ cấp thất nghiệp', 'de-nghi-huong-tro-cap-that-nghiep-mau-03.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.002809'), 'Phụ lục 19 TT 12/2017/TT-BGTVT', 'Đơn đề nghị đổi, cấp lại giấy phép lái xe', 'don-de-nghi-doi-cap-lai-giay-phep-lai-xe.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.002804'), 'Phụ lục 19 TT 12/2017/TT-BGTVT', 'Đơn đề nghị đổi, cấp lại giấy phép lái xe', 'don-de-nghi-doi-cap-lai-giay-phep-lai-xe.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.001777'), 'Phụ lục 1 TT 29/2015/TT-BGTVT', 'Tờ khai đề nghị cấp giấy phép lái xe quốc tế', 'to-khai-cap-giay-phep-lai-xe-quoc-te.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.010727'), 'Mẫu số 01 Phụ lục VI NĐ 08/2022/NĐ-CP', 'Văn bản đề nghị thẩm định báo cáo đánh giá tác động môi trường', 'van-ban-de-nghi-tham-dinh-bao-cao-dtm.pdf'),
    ((SELECT id FROM admin_procedure WHERE code = '1.010728'), 'Mẫu số 01 Phụ lục X NĐ 08/2022/NĐ-CP', 'Văn bản đề nghị cấp giấy phép môi trường', 'van-ban-de-nghi-cap-giay-phep-moi-truong.pdf');

-- Service groups (nhóm dịch vụ, ticket prefixes A–F)
INSERT INTO service_group (center_id, prefix, name, sort_order, returns_results) VALUES
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 'A', 'Tư pháp – Hộ tịch', 1, FALSE),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 'B', 'Đất đai – Môi trường', 2, FALSE),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 'C', 'Đầu tư – Doanh nghiệp', 3, FALSE),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 'D', 'Xây dựng – Giao thông', 4, FALSE),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 'E', 'Lao động – Thương binh và Xã hội', 5, FALSE),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 'F', 'Trả kết quả', 6, TRUE);

-- Procedures served by each group: A–E by field, F (trả kết quả) returns results of every procedure
INSERT INTO service_group_procedure (service_group_id, procedure_id)
SELECT (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'A'), p.id FROM admin_procedure p JOIN field f ON f.id = p.field_id WHERE f.code IN ('LLTP', 'HT', 'CC', 'CT');
INSERT INTO service_group_procedure (service_group_id, procedure_id)
SELECT (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'B'), p.id FROM admin_procedure p JOIN field f ON f.id = p.field_id WHERE f.code IN ('DD', 'MT', 'TNN');
INSERT INTO service_group_procedure (service_group_id, procedure_id)
SELECT (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'C'), p.id FROM admin_procedure p JOIN field f ON f.id = p.field_id WHERE f.code IN ('DKDN', 'DT');
INSERT INTO service_group_procedure (service_group_id, procedure_id)
SELECT (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'D'), p.id FROM admin_procedure p JOIN field f ON f.id = p.field_id WHERE f.code IN ('XD', 'DB');
INSERT INTO service_group_procedure (service_group_id, procedure_id)
SELECT (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'E'), p.id FROM admin_procedure p JOIN field f ON f.id = p.field_id WHERE f.code IN ('NCC', 'LDVL', 'BTXH');
INSERT INTO service_group_procedure (service_group_id, procedure_id)
SELECT (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'F'), p.id FROM admin_procedure p;
-- Cross-listed procedures (also received at another group)
INSERT INTO service_group_procedure (service_group_id, procedure_id)
SELECT (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'C'), p.id FROM admin_procedure p WHERE p.code IN ('1.004203', '1.004177', '1.010727', '1.000105', '1.000459');

-- Counters (quầy)
INSERT INTO counter (center_id, number, name) VALUES
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 1, 'Quầy 1 – Tư pháp'),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 2, 'Quầy 2 – Hộ tịch, Chứng thực'),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 3, 'Quầy 3 – Đất đai'),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 4, 'Quầy 4 – Đất đai, Môi trường'),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 5, 'Quầy 5 – Đăng ký doanh nghiệp'),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 6, 'Quầy 6 – Đầu tư'),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 7, 'Quầy 7 – Xây dựng'),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 8, 'Quầy 8 – Giao thông vận tải'),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 9, 'Quầy 9 – Lao động, Việc làm'),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 10, 'Quầy 10 – Người có công, Bảo trợ xã hội'),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 11, 'Quầy 11 – Tiếp nhận chung'),
    ((SELECT id FROM center WHERE code = 'LA-TTHCC'), 12, 'Quầy 12 – Trả kết quả');

-- Groups served by each counter; main group weight 3, secondary weight 1
INSERT INTO counter_service_group (counter_id, service_group_id, weight) VALUES
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 1), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'A'), 3),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 2), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'A'), 3),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 2), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'E'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 3), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'B'), 3),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 4), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'B'), 3),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 4), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'C'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 5), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'C'), 3),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 6), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'C'), 3),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 6), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'B'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 7), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'D'), 3),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 8), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'D'), 3),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 8), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'A'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 9), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'E'), 3),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 10), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'E'), 3),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 10), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'D'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 11), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'A'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 11), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'B'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 11), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'C'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 11), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'D'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 11), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'E'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 11), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'F'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 12), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'F'), 3),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 12), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'A'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 12), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'B'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 12), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'C'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 12), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'D'), 1),
    ((SELECT k.id FROM counter k JOIN center c ON c.id = k.center_id WHERE c.code = 'LA-TTHCC' AND k.number = 12), (SELECT g.id FROM service_group g JOIN center c ON c.id = g.center_id WHERE c.code = 'LA-TTHCC' AND g.prefix = 'E'), 1);
